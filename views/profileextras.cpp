#include "profileextras.h"

namespace eg::views {

ProfileExtras::ProfileExtras(std::shared_ptr<const store::ProfileData> profile)
    : m_profile(std::move(profile))
{ }

std::shared_ptr<const analysis::StackWeights> ProfileExtras::stackWeights()
{
    return m_weights.get([this] {
        return m_profile ? std::make_shared<const analysis::StackWeights>(*m_profile)
                         : std::make_shared<const analysis::StackWeights>();
    });
}

std::shared_ptr<const analysis::FunctionTable> ProfileExtras::functionTable()
{
    return m_functions.get([this] {
        const auto weights = stackWeights();
        return m_profile ? std::make_shared<const analysis::FunctionTable>(*m_profile, *weights)
                         : std::make_shared<const analysis::FunctionTable>();
    });
}

std::shared_ptr<const analysis::FlameChartLayout> ProfileExtras::flameChartLayout()
{
    return m_flameChart.get([this] {
        return m_profile ? std::make_shared<const analysis::FlameChartLayout>(*m_profile)
                         : std::make_shared<const analysis::FlameChartLayout>();
    });
}

std::shared_ptr<const analysis::BottomUpTree> ProfileExtras::bottomUpTree()
{
    return m_bottomUp.get([this] {
        const auto weights = stackWeights();
        // The tree reads the profile whenever a node opens; the extras keep it alive.
        return m_profile ? std::make_shared<const analysis::BottomUpTree>(*m_profile, *weights)
                         : std::make_shared<const analysis::BottomUpTree>();
    });
}

void ProfileExtras::buildAll()
{
    functionTable();
    bottomUpTree();
    flameChartLayout();
}

std::shared_ptr<const analysis::StackWeights> ProfileExtras::builtStackWeights() const
{
    return m_weights.peek();
}

std::shared_ptr<const analysis::FunctionTable> ProfileExtras::builtFunctionTable() const
{
    return m_functions.peek();
}

std::shared_ptr<const analysis::FlameChartLayout> ProfileExtras::builtFlameChartLayout() const
{
    return m_flameChart.peek();
}

std::shared_ptr<const analysis::BottomUpTree> ProfileExtras::builtBottomUpTree() const
{
    return m_bottomUp.peek();
}

} // namespace eg::views

#include "profilebuilder.h"

#include "importerror.h"

namespace eg::importers {

using store::Frame;

ProfileBuilder::ProfileBuilder(store::ProfileData &profile)
    : m_profile(profile)
    , m_stackIndex(profile.stacks)
{ }

int32_t ProfileBuilder::frame(const Frame &frame)
{
    // Identity is name, file, line and column (CLI.md); the module rides along.
    m_keyScratch.clear();
    m_keyScratch.append(frame.name).push_back('\0');
    m_keyScratch.append(frame.file).push_back('\0');
    m_keyScratch.append(reinterpret_cast<const char *>(&frame.line), sizeof frame.line);
    m_keyScratch.append(reinterpret_cast<const char *>(&frame.column), sizeof frame.column);
    auto [it, inserted] = m_frameIndex.try_emplace(m_keyScratch, int32_t(m_profile.frames.size()));
    if (inserted)
        m_profile.frames.push_back(frame);
    return it->second;
}

int32_t ProfileBuilder::frameNamed(std::string_view name)
{
    const auto it = m_namedFrameIndex.find(name);
    if (it != m_namedFrameIndex.end())
        return it->second;
    store::Frame frame;
    frame.name = std::string(name);
    const int32_t id = this->frame(frame);
    m_namedFrameIndex.emplace(frame.name, id);
    return id;
}

int32_t ProfileBuilder::stack(int32_t parent, int32_t frame)
{
    bool inserted = false;
    const int32_t id
        = m_stackIndex.findOrInsert(parent, frame, int32_t(m_profile.stacks.size()), &inserted);
    if (inserted)
        m_profile.stacks.push_back({parent, frame});
    return id;
}

void ProfileBuilder::reserveStacks(size_t count)
{
    m_profile.stacks.reserve(count);
    m_stackIndex.reserve(count);
}

int32_t ProfileBuilder::stackOf(std::span<const int32_t> framesRootFirst)
{
    int32_t node = -1;
    for (int32_t f : framesRootFirst)
        node = stack(node, f);
    return node;
}

void ProfileBuilder::flushRun(double at)
{
    if (!m_started) {
        m_started = true;
        m_profile.startValue = at;
        m_runStart = at;
        return;
    }
    if (at > m_runStart) {
        m_profile.appendSample(m_open.empty() ? -1 : m_open.back(), m_runStart, at - m_runStart);
        m_runStart = at;
    }
}

int32_t ProfileBuilder::enter(int32_t frame, double at)
{
    flushRun(at);
    m_open.push_back(stack(m_open.empty() ? -1 : m_open.back(), frame));
    ++m_profile.reportedSampleCount;
    return m_open.back();
}

void ProfileBuilder::leave(int32_t frame, double at)
{
    if (m_open.empty()) {
        throw ImportError(
            QStringLiteral("Tried to leave frame \"%1\" while no frame was open at %2")
                .arg(QString::fromStdString(m_profile.frames[size_t(frame)].name))
                .arg(at));
    }
    const int32_t top = m_profile.stacks[size_t(m_open.back())].frame;
    if (top != frame) {
        throw ImportError(
            QStringLiteral("Tried to leave frame \"%1\" while frame \"%2\" was at the top at %3")
                .arg(QString::fromStdString(m_profile.frames[size_t(frame)].name),
                     QString::fromStdString(m_profile.frames[size_t(top)].name))
                .arg(at));
    }
    flushRun(at);
    m_open.pop_back();
}

void ProfileBuilder::finishEvented(double at)
{
    if (!m_open.empty())
        throw ImportError(
            QStringLiteral("Tried to complete profile construction with a non-empty stack"));
    flushRun(at);
    m_profile.kind = store::ProfileKind::Evented;
    m_profile.endValue = std::max(at, m_profile.startValue);
    if (!m_started)
        m_profile.startValue = at;
}

} // namespace eg::importers

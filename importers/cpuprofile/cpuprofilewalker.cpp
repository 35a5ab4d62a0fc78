#include "cpuprofilewalker.h"

#include "importers/common/importerror.h"
#include "importers/common/profilebuilder.h"

#include <QString>

namespace eg::importers {

CpuProfileWalker::CpuProfileWalker(std::vector<CpuProfileNode> &nodes, ProfileBuilder &builder,
                                   store::ProfileData &profile)
    : m_nodes(nodes)
    , m_builder(builder)
    , m_profile(profile)
    , m_extraPos(nodes.size(), -1)
    , m_natural(nodes.size(), -2)
{
    classify();
}

void CpuProfileWalker::add(int32_t node, double elapsed)
{
    const size_t stored = m_profile.sampleCount();
    if (m_count == 0) {
        m_lastValid = elapsed;
        push(node, elapsed);
    } else if (node != m_lastNode) {
        push(node, clamp(elapsed));
    }
    // A sample that opened no new run (same node, same stack, or an unknown node, which
    // speedscope reads as the previous stack going on) is one more sample of that run.
    if (m_profile.sampleCount() == stored)
        m_profile.repeatLastSample();
    m_lastNode = node;
    m_lastElapsed = elapsed;
    ++m_count;
}

void CpuProfileWalker::finish(double startTime)
{
    if (m_count > 0 && !m_profile.sampleWeight.empty())
        m_profile.sampleWeight.back() = clamp(m_lastElapsed) - m_lastPush;
    for (double &t : m_profile.sampleTime)
        t += startTime;
}

void CpuProfileWalker::classify()
{
    const size_t n = m_nodes.size();
    m_static.assign(n, -1);
    std::vector<int32_t> path;
    for (size_t start = 0; start < n; ++start) {
        path.clear();
        int32_t node = int32_t(start);
        int8_t verdict = 0;
        while (true) {
            if (node < 0) {
                verdict = 1;
                break;
            }
            // Roles first: the verdict stored for an ignored node is about the node
            // itself (never static), not about the nodes below it.
            if (role(node) == CpuProfileNode::Role::OnTop || path.size() > n) {
                verdict = 0;
                break;
            }
            if (role(node) == CpuProfileNode::Role::Ignored) {
                verdict = onlyIgnoredAbove(node) ? 1 : 0;
                break;
            }
            if (m_static[size_t(node)] >= 0) {
                verdict = m_static[size_t(node)];
                break;
            }
            path.push_back(node);
            node = parent(node);
        }
        for (int32_t p : path)
            m_static[size_t(p)] = verdict;
        if (m_static[start] < 0)
            m_static[start] = 0; // an ignored or on-top node is never static
    }

    // Depth-first numbering of the tree hanging from the roots; nodes on a cycle are
    // never reached and keep -1 (they are not static either).
    std::vector<int32_t> firstChild(n, -1);
    std::vector<int32_t> nextSibling(n, -1);
    for (size_t i = n; i-- > 0;) {
        const int32_t p = m_nodes[i].parent;
        if (p >= 0) {
            nextSibling[i] = firstChild[size_t(p)];
            firstChild[size_t(p)] = int32_t(i);
        }
    }
    m_enter.assign(n, -1);
    m_exit.assign(n, -1);
    int32_t clock = 0;
    std::vector<int32_t> stack;
    for (size_t root = 0; root < n; ++root) {
        if (m_nodes[root].parent >= 0)
            continue;
        stack.push_back(int32_t(root));
        m_enter[root] = clock++;
        while (!stack.empty()) {
            const int32_t top = stack.back();
            int32_t &child = firstChild[size_t(top)];
            if (child >= 0) {
                const int32_t next = child;
                child = nextSibling[size_t(next)];
                m_enter[size_t(next)] = clock++;
                stack.push_back(next);
            } else {
                m_exit[size_t(top)] = clock++;
                stack.pop_back();
            }
        }
    }
}

bool CpuProfileWalker::onlyIgnoredAbove(int32_t node) const
{
    for (size_t guard = 0; node >= 0 && guard <= m_nodes.size(); ++guard) {
        if (role(node) != CpuProfileNode::Role::Ignored)
            return false;
        node = parent(node);
    }
    return node < 0;
}

bool CpuProfileWalker::isAncestorOrSelf(int32_t ancestor, int32_t node) const
{
    return m_enter[size_t(ancestor)] >= 0 && m_enter[size_t(node)] >= 0
        && m_enter[size_t(ancestor)] <= m_enter[size_t(node)]
        && m_exit[size_t(node)] <= m_exit[size_t(ancestor)];
}

bool CpuProfileWalker::inBaseChain(int32_t node) const
{
    return m_base >= 0 && role(node) == CpuProfileNode::Role::Normal
        && isAncestorOrSelf(node, m_base);
}

int32_t CpuProfileWalker::topStack()
{
    if (!m_extraStack.empty())
        return m_extraStack.back();
    return m_base >= 0 ? naturalStack(m_base) : -1;
}

int32_t CpuProfileWalker::naturalStack(int32_t node)
{
    if (m_natural[size_t(node)] != -2)
        return m_natural[size_t(node)];
    std::vector<int32_t> &chain = m_chain;
    chain.clear();
    for (int32_t n = node;
         n >= 0 && role(n) == CpuProfileNode::Role::Normal && m_natural[size_t(n)] == -2;
         n = parent(n))
        chain.push_back(n);
    const int32_t above = parent(chain.back());
    int32_t stack
        = above >= 0 && role(above) == CpuProfileNode::Role::Normal ? m_natural[size_t(above)] : -1;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        stack = m_builder.stack(stack, frameOf(m_nodes[size_t(*it)]));
        m_natural[size_t(*it)] = stack;
    }
    return stack;
}

void CpuProfileWalker::clearExtra()
{
    for (int32_t node : m_extra)
        m_extraPos[size_t(node)] = -1;
    m_extra.clear();
    m_extraStack.clear();
}

double CpuProfileWalker::clamp(double elapsed)
{
    if (elapsed < m_lastValid)
        return m_lastValid;
    m_lastValid = elapsed;
    return elapsed;
}

void CpuProfileWalker::push(int32_t node, double at)
{
    // speedscope skips samples of unknown nodes: the previous stack goes on.
    if (node < 0)
        return;
    const int32_t stack = stackOf(node);
    if (!m_profile.sampleStack.empty()) {
        if (m_profile.sampleStack.back() == stack)
            return;
        m_profile.sampleWeight.back() = at - m_lastPush;
    }
    m_profile.appendSample(stack, at, 0);
    m_lastPush = at;
}

void CpuProfileWalker::failCycle(int32_t node)
{
    throw ImportError(QStringLiteral("the call tree in `nodes` has a cycle through node %1")
                          .arg(m_nodes[size_t(node)].id));
}

int32_t CpuProfileWalker::stackOf(int32_t top)
{
    if (m_static[size_t(top)] == 1) {
        clearExtra();
        m_base = top;
        return naturalStack(top);
    }
    // The lowest node of the path that is still open (speedscope's "lca"); on-top
    // nodes continue at the top of what is open.
    size_t guard = m_nodes.size() + 1;
    int32_t lca = top;
    while (lca >= 0 && !isOpen(lca)) {
        if (guard-- == 0)
            failCycle(top);
        lca = role(lca) == CpuProfileNode::Role::OnTop ? openTop() : parent(lca);
    }
    // Close what lies above it.
    while (!m_extra.empty() && m_extra.back() != lca) {
        m_extraPos[size_t(m_extra.back())] = -1;
        m_extra.pop_back();
        m_extraStack.pop_back();
    }
    if (m_extra.empty() && lca != m_base)
        m_base = lca >= 0 && inBaseChain(lca) ? lca : -1;
    // Open the path below it, up to an ignored node. A static node on the way brings
    // its natural chain, and becomes the base.
    m_toOpen.clear();
    guard = m_nodes.size() + 1;
    for (int32_t n = top; n >= 0 && n != lca && role(n) != CpuProfileNode::Role::Ignored;
         n = role(n) == CpuProfileNode::Role::OnTop ? lca : parent(n)) {
        if (guard-- == 0)
            failCycle(top);
        if (m_static[size_t(n)] == 1) {
            clearExtra();
            m_base = n;
            break;
        }
        m_toOpen.push_back(n);
    }
    for (auto it = m_toOpen.rbegin(); it != m_toOpen.rend(); ++it) {
        CpuProfileNode &node = m_nodes[size_t(*it)];
        const int32_t parentStack = topStack();
        if (node.cachedParentStack != parentStack) {
            node.cachedStack = m_builder.stack(parentStack, frameOf(node));
            node.cachedParentStack = parentStack;
        }
        m_extraPos[size_t(*it)] = int32_t(m_extra.size());
        m_extra.push_back(*it);
        m_extraStack.push_back(node.cachedStack);
    }
    return topStack();
}

int32_t CpuProfileWalker::frameOf(CpuProfileNode &node)
{
    if (node.frame >= 0)
        return node.frame;
    store::Frame frame;
    frame.name = node.name;
    if (frame.name.empty()) {
        // speedscope's name for an anonymous function: the script's file name and line.
        if (node.url.empty()) {
            frame.name = "(anonymous)";
        } else {
            const size_t slash = node.url.rfind('/');
            frame.name = "(anonymous "
                + (slash == std::string::npos ? node.url : node.url.substr(slash + 1)) + ":"
                + (node.hasLine ? std::to_string(node.line) : std::string("undefined")) + ")";
        }
    }
    frame.file = node.url;
    frame.line = node.line;
    frame.column = node.column;
    node.frame = m_builder.frame(frame);
    return node.frame;
}

} // namespace eg::importers

#pragma once

#include "models/store/profiledata.h"

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

namespace eg::importers {

class ProfileBuilder;

// One node of a V8 CPU profile's call tree, as the importer reads it.
struct CpuProfileNode
{
    // How speedscope's importFromChromeCPUProfile treats a node (src/import/chrome.ts).
    enum class Role : uint8_t {
        Normal,
        // Never opened, and nothing above it either: "(root)", "(idle)", "native dummy.js".
        Ignored,
        // Drawn on top of the previous sample's stack: "(program)", "(garbage collector)".
        OnTop,
    };

    int64_t id = 0;
    int64_t parentId = 0;
    bool hasParentId = false;
    bool hasLine = false;
    Role role = Role::Normal;
    int32_t parent = -1; // index into the node table
    int32_t line = 0; // 1-based
    int32_t column = 0; // 1-based
    int32_t frame = -1; // interned the first time the node is opened
    // The stack id this node got when last opened, and the stack it was opened on: the
    // same parent stack almost always comes back, and then no hash lookup is needed.
    int32_t cachedParentStack = std::numeric_limits<int32_t>::min();
    int32_t cachedStack = -1;
    std::string name;
    std::string url;
};

// Turns samples into weighted stacks exactly as speedscope's importFromChromeCPUProfile
// does: consecutive samples of one stack form a run, stored as one sample that counts the
// file samples it stands for (ProfileData::sampleRepeats); a run lasts until the next starts
// (times never go backwards: a negative delta is held at the last valid time); the last
// sample weighs nothing; the stack of a node is found by walking up from it to the lowest
// node still open from the previous sample, which lets "(program)" and "(garbage
// collector)" sit on top of whatever ran before them.
//
// Walking whole stacks for every sample costs the stack depth per sample. Instead, the
// open stack is kept as a "base" node, whose natural chain of ancestors forms the bottom
// of the stack, plus the few nodes opened on top of it in other ways. A node whose path
// to the root holds only plain functions (then only ignored nodes) always ends up with
// exactly its natural chain, whatever was open before, so most samples take constant
// time and the rest walk only to the nearest open node.
class CpuProfileWalker
{
public:
    CpuProfileWalker(std::vector<CpuProfileNode> &nodes, ProfileBuilder &builder,
                     store::ProfileData &profile);

    // Sample `count()` is node `node` (-1: unknown id) at `elapsed` since the start time.
    void add(int32_t node, double elapsed);
    int64_t count() const { return m_count; }

    // Gives the last run its weight. Sample times become `startTime` + elapsed.
    void finish(double startTime);

private:
    CpuProfileNode::Role role(int32_t node) const { return m_nodes[size_t(node)].role; }
    int32_t parent(int32_t node) const { return m_nodes[size_t(node)].parent; }

    // Marks the nodes whose stack is always their natural chain ("static"), and numbers
    // the call tree in depth-first order so that "is an ancestor of" takes constant time.
    void classify();

    bool onlyIgnoredAbove(int32_t node) const;

    bool isAncestorOrSelf(int32_t ancestor, int32_t node) const;

    // In the natural chain of the base: a plain function above (or at) the base.
    bool inBaseChain(int32_t node) const;
    bool isOpen(int32_t node) const { return m_extraPos[size_t(node)] >= 0 || inBaseChain(node); }
    int32_t openTop() const { return m_extra.empty() ? m_base : m_extra.back(); }
    int32_t topStack();

    // The stack of a static node's natural chain, built once per node.
    int32_t naturalStack(int32_t node);

    void clearExtra();

    double clamp(double elapsed);

    void push(int32_t node, double at);

    [[noreturn]] void failCycle(int32_t node);

    int32_t stackOf(int32_t top);

    int32_t frameOf(CpuProfileNode &node);

    std::vector<CpuProfileNode> &m_nodes;
    ProfileBuilder &m_builder;
    store::ProfileData &m_profile;
    std::vector<int8_t> m_static; // 1: always opened with exactly its natural chain
    std::vector<int32_t> m_enter; // depth-first numbering, -1 off the tree
    std::vector<int32_t> m_exit;
    int32_t m_base = -1; // static node whose natural chain is the bottom of the open stack
    std::vector<int32_t> m_extra; // nodes open above the base chain, outermost first
    std::vector<int32_t> m_extraStack; // the stack id of each of them
    std::vector<int32_t> m_extraPos; // per node: its index in m_extra, or -1
    std::vector<int32_t> m_natural; // per static node: its natural stack id (-2: not yet)
    std::vector<int32_t> m_toOpen;
    std::vector<int32_t> m_chain; // scratch of naturalStack(), which runs while m_toOpen is used
    int64_t m_count = 0;
    int32_t m_lastNode = -1;
    double m_lastElapsed = 0;
    double m_lastValid = 0;
    double m_lastPush = 0;
};

} // namespace eg::importers

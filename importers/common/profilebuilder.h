#pragma once

#include "stackinterner.h"

#include "models/store/profiledata.h"

#include <QString>

#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace eg::importers {

// Builds a normalized ProfileData the way every importer needs: frames and stacks are
// interned to small integers once, and evented input (enter/leave pairs) is turned into
// runs of identical stacks, checked the way speedscope checks it.
class ProfileBuilder
{
public:
    explicit ProfileBuilder(store::ProfileData &profile);

    int32_t frame(const store::Frame &frame);
    // The frame with only this name (no file or line): folded stacks, trace event names.
    // Looks the name up without building a Frame, which is most of a folded import.
    int32_t frameNamed(std::string_view name);
    int32_t stack(int32_t parent, int32_t frame);
    // A hint that stack(parent, frame) will be asked for soon (see StackInterner::prefetch).
    void prefetchStack(int32_t parent, int32_t frame) const
    {
        m_stackIndex.prefetch(parent, frame);
    }
    // Room for up to `count` stacks, reserved once: a ten-million-stack profile does not
    // hold its old and new arrays at once while they double.
    void reserveStacks(size_t count);
    // The stack of these frames, outermost first; -1 for none.
    int32_t stackOf(std::span<const int32_t> framesRootFirst);

    // Evented profiles: `at` is in the profile's unit and must not go backwards. Returns
    // the stack now open, so that callers need not look it up a second time.
    int32_t enter(int32_t frame, double at);
    // Throws ImportError when `frame` is not the innermost open frame.
    void leave(int32_t frame, double at);
    // Ends the profile at `at`; throws when frames are still open.
    void finishEvented(double at);
    int32_t openDepth() const { return int32_t(m_open.size()); }

private:
    void flushRun(double at);

    store::ProfileData &m_profile;
    // Heterogeneous lookup: find by string_view without allocating a key.
    struct StringHash
    {
        using is_transparent = void;
        size_t operator()(std::string_view text) const
        {
            return std::hash<std::string_view>()(text);
        }
    };
    std::unordered_map<std::string, int32_t> m_frameIndex;
    std::unordered_map<std::string, int32_t, StringHash, std::equal_to<>> m_namedFrameIndex;
    StackInterner m_stackIndex;
    std::string m_keyScratch;

    std::vector<int32_t> m_open; // stack ids of the open frames, outermost first
    double m_runStart = 0;
    bool m_started = false;
};

} // namespace eg::importers

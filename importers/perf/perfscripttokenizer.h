#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace eg::importers {

// Splits the lines of `perf script` text into their fields, without allocating: every
// view points into the line it came from. The rules follow the two readers people use
// most, FlameGraph's stackcollapse-perf.pl and speedscope's linux-tools-perf.ts, so that
// what they accept we accept too:
//   header: `comm [pid/]tid [[cpu]] [secs.frac:] [period] event: [anything]`, where the
//           command may hold spaces and ends before the first whitespace-delimited number;
//   frame:  `<indent>addr symbol[+0xoff] (dso)`, the dso being the last `(…)` in the line.
class PerfScriptTokenizer
{
public:
    struct Header
    {
        std::string_view comm;
        std::string_view pidTid; // as written: "1234/1235" or "1235"
        int64_t pid = -1; // -1 when the line has only the thread id
        int64_t tid = 0;
        bool hasTime = false;
        int64_t timeNs = 0; // the timestamp, exactly, in nanoseconds
        bool hasPeriod = false;
        int64_t period = 0;
        std::string_view event; // without its trailing ':'; empty when the line has none
    };

    struct FrameLine
    {
        std::string_view address;
        std::string_view symbol; // `+0x…` offset already removed
        std::string_view dso; // empty when the line names none
    };

    // True for a line that is a sample header. `line` must not start with white space.
    static bool parseHeader(std::string_view line, Header *header);
    // True for a line that looks like a frame (an address, then a symbol).
    static bool parseFrame(std::string_view line, FrameLine *frame);

    // FlameGraph's generic tidying of a symbol, which is also what people expect to read:
    // ';' becomes ':', everything from the first '(' on is dropped unless the name looks
    // like a Go method (`pkg.(*T).M`) or the '(' opens "(anonymous namespace)", and quotes
    // go. A name that would become empty is kept as it is.
    static void tidySymbol(std::string_view symbol, std::string *out);
};

} // namespace eg::importers

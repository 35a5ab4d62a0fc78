#include "perfscripttokenizer.h"

namespace eg::importers {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool allDigits(std::string_view s)
{
    if (s.empty() || s.size() > 18)
        return false;
    for (char c : s) {
        if (!isDigit(c))
            return false;
    }
    return true;
}

int64_t toInt(std::string_view s)
{
    int64_t value = 0;
    for (char c : s)
        value = value * 10 + (c - '0');
    return value;
}

// The next whitespace-delimited token at or after `pos`; empty at the end of the line.
std::string_view nextToken(std::string_view line, size_t *pos)
{
    size_t i = *pos;
    while (i < line.size() && isSpace(line[i]))
        ++i;
    const size_t start = i;
    while (i < line.size() && !isSpace(line[i]))
        ++i;
    *pos = i;
    return line.substr(start, i - start);
}

// `digits/digits` or `digits`.
bool parsePidTid(std::string_view token, int64_t *pid, int64_t *tid)
{
    const size_t slash = token.find('/');
    if (slash == std::string_view::npos) {
        if (!allDigits(token))
            return false;
        *pid = -1;
        *tid = toInt(token);
        return true;
    }
    const std::string_view a = token.substr(0, slash);
    const std::string_view b = token.substr(slash + 1);
    if (!allDigits(a) || !allDigits(b))
        return false;
    *pid = toInt(a);
    *tid = toInt(b);
    return true;
}

// `secs.frac:` as perf prints timestamps (microseconds by default, nanoseconds with
// --ns); converted exactly, so that no rounding enters the times we store.
bool parseTime(std::string_view token, int64_t *ns)
{
    if (token.size() < 4 || token.back() != ':')
        return false;
    token.remove_suffix(1);
    const size_t dot = token.find('.');
    if (dot == std::string_view::npos || dot == 0 || dot + 1 == token.size())
        return false;
    const std::string_view secs = token.substr(0, dot);
    std::string_view frac = token.substr(dot + 1);
    if (!allDigits(secs) || frac.size() > 18 || !allDigits(frac))
        return false;
    int64_t fracNs = 0;
    for (size_t i = 0; i < 9; ++i)
        fracNs = fracNs * 10 + (i < frac.size() ? frac[i] - '0' : 0);
    *ns = toInt(secs) * 1000000000 + fracNs;
    return true;
}

} // namespace

bool PerfScriptTokenizer::parseHeader(std::string_view line, Header *header)
{
    if (line.empty() || isSpace(line[0]) || line[0] == '#')
        return false;
    // perf prints `%16s %5d/%-5d` or `%16s %5d`: the command, which may hold spaces and
    // even numbers ("FS Broker 5906"), then the ids. The ids are the token just before
    // the first [cpu], timestamp or event; a `pid/tid` token before that wins too. Lines
    // without either fall back to stackcollapse-perf.pl's rule: the first number after
    // the first word (/^(\S.+?)\s+(\d+)\/*(\d+)*\s+/).
    size_t pos = 0;
    nextToken(line, &pos);
    std::string_view ids;
    size_t idsEnd = 0;
    std::string_view previous;
    size_t previousEnd = 0;
    std::string_view firstNumber;
    size_t firstNumberEnd = 0;
    int64_t pid = 0;
    int64_t tid = 0;
    for (;;) {
        const std::string_view token = nextToken(line, &pos);
        if (token.empty())
            break;
        int64_t ns = 0;
        if ((token.front() == '[' && token.back() == ']') || parseTime(token, &ns)
            || token.back() == ':') {
            if (ids.empty() && !previous.empty() && parsePidTid(previous, &pid, &tid)) {
                ids = previous;
                idsEnd = previousEnd;
            }
            break;
        }
        if (pos < line.size() && parsePidTid(token, &pid, &tid)) {
            if (firstNumber.empty()) {
                firstNumber = token;
                firstNumberEnd = pos;
            }
            if (token.find('/') != std::string_view::npos) {
                ids = token;
                idsEnd = pos;
            }
        }
        previous = token;
        previousEnd = pos;
    }
    if (ids.empty()) {
        if (firstNumber.empty())
            return false;
        ids = firstNumber;
        idsEnd = firstNumberEnd;
    }
    parsePidTid(ids, &header->pid, &header->tid);
    size_t commEnd = size_t(ids.data() - line.data());
    while (commEnd > 0 && isSpace(line[commEnd - 1]))
        --commEnd;
    if (commEnd == 0)
        return false;
    header->comm = line.substr(0, commEnd);
    header->pidTid = ids;
    pos = idsEnd;

    header->hasTime = false;
    header->hasPeriod = false;
    header->timeNs = 0;
    header->period = 0;
    header->event = {};
    for (;;) {
        const std::string_view token = nextToken(line, &pos);
        if (token.empty())
            break;
        if (token.front() == '[' && token.back() == ']')
            continue; // [cpu]
        if (!header->hasTime && !header->hasPeriod && parseTime(token, &header->timeNs)) {
            header->hasTime = true;
            continue;
        }
        if (!header->hasPeriod && allDigits(token)) {
            header->hasPeriod = true;
            header->period = toInt(token);
            continue;
        }
        if (token.back() == ':' && token.size() > 1) {
            header->event = token.substr(0, token.size() - 1);
            break;
        }
        // Fields we do not know (perf script -F with more fields): keep looking for the
        // event, which is the first token that ends in ':'.
    }
    return true;
}

bool PerfScriptTokenizer::parseFrame(std::string_view line, FrameLine *frame)
{
    size_t pos = 0;
    while (pos < line.size() && isSpace(line[pos]))
        ++pos;
    const size_t addressStart = pos;
    while (pos < line.size() && !isSpace(line[pos]))
        ++pos;
    if (pos == addressStart)
        return false;
    frame->address = line.substr(addressStart, pos - addressStart);
    while (pos < line.size() && isSpace(line[pos]))
        ++pos;
    std::string_view rest = line.substr(pos);
    while (!rest.empty() && isSpace(rest.back()))
        rest.remove_suffix(1);

    // The dso is the last ` (…)` with no white space inside.
    frame->dso = {};
    if (!rest.empty() && rest.back() == ')') {
        const size_t open = rest.rfind('(');
        if (open != std::string_view::npos && open > 0 && rest[open - 1] == ' ') {
            const std::string_view inside = rest.substr(open + 1, rest.size() - open - 2);
            bool clean = true;
            for (char c : inside)
                clean = clean && !isSpace(c);
            if (clean) {
                frame->dso = inside;
                rest = rest.substr(0, open - 1);
                while (!rest.empty() && isSpace(rest.back()))
                    rest.remove_suffix(1);
            }
        }
    }
    // Linux 4.8 added `+0x…` offsets to symbols; both FlameGraph and speedscope drop them.
    const size_t plus = rest.rfind("+0x");
    if (plus != std::string_view::npos && plus > 0) {
        bool hex = plus + 3 < rest.size();
        for (size_t i = plus + 3; i < rest.size() && hex; ++i) {
            const char c = rest[i];
            hex = isDigit(c) || (c >= 'a' && c <= 'f');
        }
        if (hex)
            rest = rest.substr(0, plus);
    }
    frame->symbol = rest.empty() ? std::string_view("[unknown]") : rest;
    return true;
}

void PerfScriptTokenizer::tidySymbol(std::string_view symbol, std::string *out)
{
    out->clear();
    std::string_view kept = symbol;
    const size_t goDot = symbol.find(".(");
    const bool goMethod
        = goDot != std::string_view::npos && symbol.find(").", goDot + 2) != std::string_view::npos;
    if (!goMethod) {
        constexpr std::string_view anonymous = "(anonymous namespace)";
        size_t from = 0;
        for (;;) {
            const size_t open = symbol.find('(', from);
            if (open == std::string_view::npos)
                break;
            if (symbol.substr(open, anonymous.size()) == anonymous) {
                from = open + 1;
                continue;
            }
            kept = symbol.substr(0, open);
            break;
        }
    }
    for (char c : kept) {
        if (c == '"' || c == '\'')
            continue;
        out->push_back(c == ';' ? ':' : c);
    }
    if (out->empty())
        out->assign(symbol);
}

} // namespace eg::importers

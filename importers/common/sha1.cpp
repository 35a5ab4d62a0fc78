#include "sha1.h"

#include <algorithm>
#include <cstring>
#include <utility>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>
#define EG_SHA1_X86 1
#endif

namespace eg::importers {

namespace {

#ifdef EG_SHA1_X86
// The SHA-1 compression of whole 64-byte blocks with the SHA extensions, in the order
// Intel documents: four rounds per sha1rnds4, the message schedule by sha1msg1, xor and
// sha1msg2, each group of four rounds taking the next four words.
__attribute__((target("sha,sse4.1"))) void shaBlocks(uint32_t state[5], const uint8_t *data,
                                                     size_t count)
{
    const __m128i mask = _mm_set_epi64x(0x0001020304050607LL, 0x08090a0b0c0d0e0fLL);
    __m128i abcd
        = _mm_shuffle_epi32(_mm_loadu_si128(reinterpret_cast<const __m128i *>(state)), 0x1b);
    __m128i e0 = _mm_set_epi32(int(state[4]), 0, 0, 0);
    for (; count > 0; --count, data += 64) {
        const __m128i abcdSaved = abcd;
        const __m128i e0Saved = e0;
        __m128i msg[4];
        for (int i = 0; i < 4; ++i)
            msg[i] = _mm_shuffle_epi8(
                _mm_loadu_si128(reinterpret_cast<const __m128i *>(data + 16 * i)), mask);
        __m128i e1;
        // Rounds 0-3.
        e0 = _mm_add_epi32(e0, msg[0]);
        e1 = abcd;
        abcd = _mm_sha1rnds4_epu32(abcd, e0, 0);
        // Rounds 4-7.
        e1 = _mm_sha1nexte_epu32(e1, msg[1]);
        e0 = abcd;
        abcd = _mm_sha1rnds4_epu32(abcd, e1, 0);
        msg[0] = _mm_sha1msg1_epu32(msg[0], msg[1]);
        // Rounds 8-11.
        e0 = _mm_sha1nexte_epu32(e0, msg[2]);
        e1 = abcd;
        abcd = _mm_sha1rnds4_epu32(abcd, e0, 0);
        msg[1] = _mm_sha1msg1_epu32(msg[1], msg[2]);
        msg[0] = _mm_xor_si128(msg[0], msg[2]);
        // Rounds 12-75: the four words rotate, the round function changes every 20 rounds.
        __m128i *a = &e1;
        __m128i *b = &e0;
        for (int group = 3; group < 19; ++group) {
            const __m128i words = msg[group % 4];
            __m128i &finished = msg[(group + 1) % 4]; // completed by sha1msg2
            __m128i &mixed = msg[(group + 2) % 4]; // takes these words in by xor
            __m128i &started = msg[(group + 3) % 4]; // begun by sha1msg1
            *a = _mm_sha1nexte_epu32(*a, words);
            *b = abcd;
            finished = _mm_sha1msg2_epu32(finished, words);
            switch (group / 5) { // the function is an immediate operand
            case 0:
                abcd = _mm_sha1rnds4_epu32(abcd, *a, 0);
                break;
            case 1:
                abcd = _mm_sha1rnds4_epu32(abcd, *a, 1);
                break;
            case 2:
                abcd = _mm_sha1rnds4_epu32(abcd, *a, 2);
                break;
            default:
                abcd = _mm_sha1rnds4_epu32(abcd, *a, 3);
                break;
            }
            if (group < 17)
                started = _mm_sha1msg1_epu32(started, words);
            if (group < 18)
                mixed = _mm_xor_si128(mixed, words);
            std::swap(a, b);
        }
        // Rounds 76-79.
        *a = _mm_sha1nexte_epu32(*a, msg[3]);
        *b = abcd;
        abcd = _mm_sha1rnds4_epu32(abcd, *a, 3);
        e0 = _mm_sha1nexte_epu32(*b, e0Saved);
        abcd = _mm_add_epi32(abcd, abcdSaved);
    }
    _mm_storeu_si128(reinterpret_cast<__m128i *>(state), _mm_shuffle_epi32(abcd, 0x1b));
    state[4] = uint32_t(_mm_extract_epi32(e0, 3));
}
#endif

} // namespace

bool Sha1::hasShaInstructions()
{
#ifdef EG_SHA1_X86
    static const bool has = [] {
        unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
        if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx))
            return false;
        const bool sse = (ecx & bit_SSE4_1) && (ecx & bit_SSSE3);
        if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx))
            return false;
        return sse && (ebx & bit_SHA);
    }();
    return has;
#else
    return false;
#endif
}

Sha1::Sha1()
    : m_native(hasShaInstructions())
    , m_state {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0}
{ }

void Sha1::blocks(const uint8_t *data, size_t count)
{
#ifdef EG_SHA1_X86
    shaBlocks(m_state, data, count);
#else
    (void)data;
    (void)count;
#endif
}

void Sha1::addData(const char *data, size_t size)
{
    if (!m_native) {
        m_portable.addData(QByteArrayView(data, qsizetype(size)));
        return;
    }
    const auto *bytes = reinterpret_cast<const uint8_t *>(data);
    m_length += size;
    if (m_buffered > 0) {
        const size_t n = std::min(size, sizeof m_buffer - m_buffered);
        std::memcpy(m_buffer + m_buffered, bytes, n);
        m_buffered += n;
        bytes += n;
        size -= n;
        if (m_buffered < sizeof m_buffer)
            return;
        blocks(m_buffer, 1);
        m_buffered = 0;
    }
    blocks(bytes, size / 64);
    bytes += size / 64 * 64;
    size %= 64;
    std::memcpy(m_buffer, bytes, size);
    m_buffered = size;
}

QByteArray Sha1::result()
{
    if (!m_native)
        return m_portable.result();
    // Padding: 0x80, zeros up to 8 bytes before a block's end, the length in bits
    // (big-endian) in those 8 bytes.
    const uint64_t bits = m_length * 8;
    uint8_t tail[128] = {};
    std::memcpy(tail, m_buffer, m_buffered);
    tail[m_buffered] = 0x80;
    const size_t tailBlocks = m_buffered + 1 + 8 <= 64 ? 1 : 2;
    for (int i = 0; i < 8; ++i)
        tail[tailBlocks * 64 - 1 - size_t(i)] = uint8_t(bits >> (8 * i));
    blocks(tail, tailBlocks);
    QByteArray digest(20, Qt::Uninitialized);
    for (int i = 0; i < 5; ++i) {
        for (int j = 0; j < 4; ++j)
            digest[i * 4 + j] = char(m_state[i] >> (24 - 8 * j));
    }
    return digest;
}

} // namespace eg::importers

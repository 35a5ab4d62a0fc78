#pragma once

#include <QByteArray>
#include <QCryptographicHash>

#include <cstddef>
#include <cstdint>

namespace eg::importers {

// SHA-1 of a stream of bytes, as QCryptographicHash computes it, with the x86 SHA
// instructions where the processor has them: every byte of every import is hashed (the
// cache knows a file by it), and Qt's portable code took a tenth of a gigabyte trace's
// import, about a second per gigabyte. Elsewhere it is QCryptographicHash.
class Sha1
{
public:
    Sha1();

    void addData(const char *data, size_t size);
    // The 20-byte digest of everything added; the hash is done with afterwards.
    QByteArray result();

    // Whether this processor has the SHA instructions.
    static bool hasShaInstructions();

private:
    void blocks(const uint8_t *data, size_t count);

    bool m_native;
    QCryptographicHash m_portable {QCryptographicHash::Sha1};
    uint32_t m_state[5];
    uint8_t m_buffer[64];
    size_t m_buffered = 0;
    uint64_t m_length = 0; // bytes added
};

} // namespace eg::importers

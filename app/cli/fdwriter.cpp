#include "fdwriter.h"

#include <cerrno>
#include <unistd.h>

namespace Pixetric::Cli {

bool FdWriter::write(QByteArrayView bytes)
{
    if (m_error)
        return false;
    const char *p = bytes.data();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(m_fd, p, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            m_error = errno;
            m_readerGone = errno == EPIPE;
            return false;
        }
        p += n;
        left -= n;
    }
    return true;
}

} // namespace Pixetric::Cli

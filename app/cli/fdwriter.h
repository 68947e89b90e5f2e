#pragma once

#include <QByteArrayView>

namespace Pixetric::Cli {

// Writes whole buffers to a file descriptor (standard output), retrying short writes and
// EINTR. The caller does the buffering: it hands over large blocks, so there is one system
// call per block and no second copy. Errors are values: write() returns false and error()
// says why; a reader that went away (EPIPE, "| head") is told apart by readerGone(), because
// that is a normal way for a pipeline to end, not a failure.
// SIGPIPE must be ignored for EPIPE to arrive here instead of killing the process.
// Thread affinity: none; one thread at a time. Does not own the descriptor.
class FdWriter
{
public:
    explicit FdWriter(int fd) : m_fd(fd) {}

    bool write(QByteArrayView bytes);
    bool readerGone() const { return m_readerGone; }
    // errno of the failed write, 0 while all went well.
    int error() const { return m_error; }

private:
    int m_fd;
    int m_error = 0;
    bool m_readerGone = false;
};

} // namespace Pixetric::Cli

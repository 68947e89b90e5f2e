#include "interruptnotifier.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace Pixetric::Cli {

namespace {

// Only the handler reads it; set before the handler is installed, cleared after it is removed.
volatile sig_atomic_t s_writeFd = -1;

extern "C" void onSignal(int)
{
    const int savedErrno = errno;
    const char byte = 1;
    if (s_writeFd >= 0) {
        // Nothing to do when it fails: the pipe is full, so a wake-up is already pending.
        [[maybe_unused]] const ssize_t written = ::write(s_writeFd, &byte, 1);
    }
    errno = savedErrno;
}

void setHandler(int signal, void (*handler)(int), int flags)
{
    struct sigaction action = {};
    action.sa_handler = handler;
    action.sa_flags = flags;
    sigemptyset(&action.sa_mask);
    sigaction(signal, &action, nullptr);
}

} // namespace

InterruptNotifier::InterruptNotifier(QObject *parent) : QObject(parent)
{
    int fds[2];
    if (::pipe(fds) != 0)
        return; // no notifications; Ctrl-C keeps its default action and still ends the program
    // pipe() and fcntl() rather than pipe2(), which macOS lacks. Non-blocking: the handler must
    // never block, and the reader drains until empty.
    for (const int fd : fds) {
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    }
    m_readFd = fds[0];
    s_writeFd = fds[1];
    m_notifier = new QSocketNotifier(m_readFd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InterruptNotifier::onReadable);
    setHandler(SIGINT, onSignal, SA_RESETHAND);
    setHandler(SIGTERM, onSignal, SA_RESETHAND);
}

InterruptNotifier::~InterruptNotifier()
{
    if (m_readFd < 0)
        return;
    setHandler(SIGINT, SIG_DFL, 0);
    setHandler(SIGTERM, SIG_DFL, 0);
    const int writeFd = s_writeFd;
    s_writeFd = -1;
    delete m_notifier;
    ::close(writeFd);
    ::close(m_readFd);
}

void InterruptNotifier::onReadable()
{
    char bytes[16];
    while (::read(m_readFd, bytes, sizeof bytes) > 0) {
    }
    Q_EMIT interrupted();
}

} // namespace Pixetric::Cli

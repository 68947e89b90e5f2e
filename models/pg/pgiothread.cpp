#include "pgiothread.h"

#include <QCoreApplication>
#include <QThread>

#include <openssl/crypto.h>

#include <mutex>

namespace Pixetric {

namespace {
QThread *s_thread = nullptr;
std::once_flag s_once;

void stopThread()
{
    if (!s_thread)
        return;
    s_thread->quit();
    s_thread->wait();
    delete s_thread;
    s_thread = nullptr;
}
} // namespace

QThread *PgIoThread::thread()
{
    std::call_once(s_once, [] {
        s_thread = new QThread;
        s_thread->setObjectName(QStringLiteral("pixetric-pg-io"));
        // TLS connections leave OpenSSL state in the thread, which OpenSSL frees when the
        // thread ends. QThread::wait() returns before the native thread has ended, so the
        // program could reach its exit (and OpenSSL's own clean-up) while that ran: the heap
        // was corrupted once that way. The thread frees it before it reports that it finished.
        QObject::connect(s_thread, &QThread::finished, s_thread, [] { OPENSSL_thread_stop(); }, Qt::DirectConnection);
        s_thread->start();
        qAddPostRoutine(stopThread);
    });
    return s_thread;
}

} // namespace Pixetric

#include "pgiothread.h"

#include <QCoreApplication>
#include <QThread>

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
        s_thread->start();
        qAddPostRoutine(stopThread);
    });
    return s_thread;
}

} // namespace Pixetric

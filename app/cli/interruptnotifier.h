#pragma once

#include <QObject>

class QSocketNotifier;

namespace Pixetric::Cli {

// Turns SIGINT (Ctrl-C) and SIGTERM into a Qt signal on the thread that created it, through a
// self-pipe: a signal handler may only write(), so the work happens in the event loop. The
// handlers reset themselves after the first signal, so a second Ctrl-C ends the process at
// once even if the server never answers the cancel.
// Thread affinity: the creating thread. One instance at a time per process; the destructor
// restores the default actions.
class InterruptNotifier : public QObject
{
    Q_OBJECT
public:
    explicit InterruptNotifier(QObject *parent = nullptr);
    ~InterruptNotifier() override;

Q_SIGNALS:
    void interrupted();

private:
    void onReadable();

    int m_readFd = -1;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace Pixetric::Cli

#pragma once

class QThread;

namespace Pixetric {

// The database I/O thread shared by all connections. Started on first use, stopped when the
// QCoreApplication is destroyed. All libpq sockets are serviced here with QSocketNotifier.
class PgIoThread
{
public:
    static QThread *thread();
};

} // namespace Pixetric

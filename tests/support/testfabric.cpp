#include "testfabric.h"

#include "localfabricengine.h"
#include "pgbinaries.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>

#include <unistd.h>

namespace Pixetric::Test {

namespace {

QString shellQuoted(QString text)
{
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QLatin1String("'\\''")) + QLatin1Char('\'');
}

} // namespace

TestFabric::TestFabric()
    : m_dir(std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/pixetric-fabric-XXXXXX")))
{
    if (!m_dir->isValid())
        return;
    QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                             | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    // If this process dies without its destructor, stop the fabric's servers and remove it.
    const QString pgCtl = PgBinaries::find().program(QStringLiteral("pg_ctl"));
    const QString asService = ::geteuid() == 0 ? QStringLiteral("runuser -u postgres -- ") : QString();
    const QString script = QStringLiteral("while kill -0 %1 2>/dev/null; do sleep 1; done; cd /; "
                                          "for pid in %2/branches/*/postmaster.pid; do [ -f \"$pid\" ] && "
                                          "%3%4 -D \"$(dirname \"$pid\")\" -m immediate stop >/dev/null 2>&1; done; rm -rf %2")
                               .arg(QCoreApplication::applicationPid())
                               .arg(shellQuoted(m_dir->path()), asService, shellQuoted(pgCtl));
    QProcess::startDetached(QStringLiteral("sh"), {QStringLiteral("-c"), script});
}

TestFabric::~TestFabric()
{
    stopServers();
}

void TestFabric::stopServers() const
{
    if (!isValid())
        return;
    {
        LocalFabricEngine engine;
        if (engine.open(m_dir->path(), false).isEmpty())
            engine.stopAll(QStringLiteral("immediate"));
    }
    // Servers of folders the registry no longer knows (a test that broke things on purpose).
    const QString pgCtl = PgBinaries::find().program(QStringLiteral("pg_ctl"));
    QDirIterator it(m_dir->path(), {QStringLiteral("postmaster.pid")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString dataDir = QFileInfo(it.next()).absolutePath();
        QStringList args{QStringLiteral("-D"), dataDir, QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")};
        if (::geteuid() == 0)
            QProcess::execute(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), pgCtl} + args);
        else
            QProcess::execute(pgCtl, args);
    }
}

} // namespace Pixetric::Test

#include "serviceaccount.h"

#include "logging.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <dirent.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <grp.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#endif

#include <cstring>
#include <vector>

namespace Pixetric {

namespace {

#ifndef Q_OS_LINUX
QString runuserProgram()
{
    // Root's PATH normally holds sbin, a desktop session's may not.
    const QString found = QStandardPaths::findExecutable(QStringLiteral("runuser"));
    if (!found.isEmpty())
        return found;
    const QString system = QStandardPaths::findExecutable(
        QStringLiteral("runuser"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin")});
    return system.isEmpty() ? QStringLiteral("runuser") : system;
}
#endif

#ifdef Q_OS_UNIX
bool serviceAccountIds(uid_t *uid, gid_t *gid)
{
    const QByteArray name = ServiceAccount::name().toLocal8Bit();
    passwd entry{};
    passwd *result = nullptr;
    std::vector<char> buffer(16384);
    if (::getpwnam_r(name.constData(), &entry, buffer.data(), buffer.size(), &result) != 0 || !result)
        return false;
    *uid = result->pw_uid;
    *gid = result->pw_gid;
    return true;
}

// lchown path and, for a folder when recursive, everything below; never follows links.
// Returns 0 or the errno of the failure, with *failed naming where.
int chownTree(const QByteArray &path, uid_t uid, gid_t gid, bool recursive, QByteArray *failed)
{
    struct stat st{};
    if (::lstat(path.constData(), &st) != 0 || ::lchown(path.constData(), uid, gid) != 0) {
        *failed = path;
        return errno;
    }
    if (!recursive || !S_ISDIR(st.st_mode))
        return 0;
    DIR *dir = ::opendir(path.constData());
    if (!dir) {
        *failed = path;
        return errno;
    }
    int error = 0;
    while (dirent *entry = ::readdir(dir)) {
        if (std::strcmp(entry->d_name, ".") == 0 || std::strcmp(entry->d_name, "..") == 0)
            continue;
        error = chownTree(path + '/' + entry->d_name, uid, gid, true, failed);
        if (error)
            break;
    }
    ::closedir(dir);
    return error;
}
#endif

} // namespace

QString lastLines(const QString &text, int count)
{
    QStringList lines = text.trimmed().split(QLatin1Char('\n'));
    if (lines.size() > count)
        lines = lines.mid(lines.size() - count);
    return lines.join(QLatin1Char('\n'));
}

// Starts exe as the service account when root, else as ourselves. The working folder is the
// file system's root: the service account may not enter ours, and every path given is absolute.
void ServiceAccount::start(QProcess &process, const QString &exe, const QStringList &arguments)
{
    process.setWorkingDirectory(QDir::rootPath());
    qCDebug(lcFabric) << "running" << exe << arguments;
#ifdef Q_OS_LINUX
    // The program dies with us: a base backup or initdb left running after this process was
    // killed would go on writing into a folder that recovery is about to remove. As root the
    // child drops to the service account itself (runuser would stand in between, and a signal
    // to it would not reach the program).
    uid_t uid = ::geteuid();
    gid_t gid = ::getegid();
    const bool drop = ServiceAccount::isUsed();
    if (drop) {
        const QByteArray account = ServiceAccount::name().toLocal8Bit();
        if (const passwd *entry = ::getpwnam(account.constData())) {
            uid = entry->pw_uid;
            gid = entry->pw_gid;
        }
        QProcessEnvironment environment = process.processEnvironment();
        if (environment.isEmpty())
            environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), QStringLiteral("/var/lib/postgresql"));
        environment.insert(QStringLiteral("USER"), ServiceAccount::name());
        environment.insert(QStringLiteral("LOGNAME"), ServiceAccount::name());
        process.setProcessEnvironment(environment);
    }
    const pid_t parent = ::getpid();
    // The child may come from a raw clone(), where the C library still believes in the
    // parent's threads: its setuid() would try to reach them all, and could wait forever on a
    // lock one of them held, keeping our inherited fabric lock open long after we were killed.
    // The system calls themselves change this one thread, which is all the child has.
    process.setChildProcessModifier([drop, uid, gid, parent] {
        const auto armDeathSignal = [parent] {
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
            if (::getppid() != parent)
                ::_exit(127); // we died before the signal was armed
        };
        armDeathSignal();
        if (drop) {
            if (::syscall(SYS_setgroups, 0, nullptr) != 0 || ::syscall(SYS_setresgid, gid, gid, gid) != 0
                || ::syscall(SYS_setresuid, uid, uid, uid) != 0)
                ::_exit(127);
            armDeathSignal(); // the change of identity cleared it
        }
    });
    process.start(exe, arguments);
#else
    if (ServiceAccount::isUsed()) {
        process.start(runuserProgram(), QStringList{QStringLiteral("-u"), ServiceAccount::name(),
                                                    QStringLiteral("--"), exe} + arguments);
    } else {
        process.start(exe, arguments);
    }
#endif
}

// Stops a program that overran its time. runuser passes SIGTERM on to the program it runs
// (SIGKILL would leave that program behind), so ask politely first.
void ServiceAccount::stop(QProcess &process)
{
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished(5000);
    }
}

// Runs a program to its end. Empty on success, else a message with the program's output.
QString ServiceAccount::run(const QString &exe, const QStringList &arguments, const QProcessEnvironment &environment,
                   QString *output, int timeoutMs)
{
    const QString name = QFileInfo(exe).fileName();
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    start(process, exe, arguments);
    if (!process.waitForStarted(30000)) {
        return tr("Could not start %1: %2. Check that PostgreSQL's server "
                                           "programs are installed and can be run.")
            .arg(QDir::toNativeSeparators(exe), process.errorString());
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        stop(process);
        const QString text = QString::fromLocal8Bit(process.readAll());
        if (output)
            *output = text;
        return tr("%1 did not finish within %2 seconds and was stopped. It "
                                           "printed: %3")
            .arg(name)
            .arg(timeoutMs / 1000)
            .arg(lastLines(text, 15));
    }
    const QString text = QString::fromLocal8Bit(process.readAll());
    if (output)
        *output = text;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return tr("%1 failed (exit code %2): %3")
            .arg(name)
            .arg(process.exitCode())
            .arg(lastLines(text, 15));
    }
    return {};
}

bool ServiceAccount::isUsed()
{
#ifdef Q_OS_UNIX
    return ::geteuid() == 0;
#else
    return false;
#endif
}

QString ServiceAccount::handOver(const QString &path, bool recursive)
{
#ifdef Q_OS_UNIX
    if (!isUsed())
        return {};
    uid_t uid = 0;
    gid_t gid = 0;
    if (!serviceAccountIds(&uid, &gid)) {
        return tr("The account %1, which runs PostgreSQL's servers for this program, does not exist. Install "
                  "PostgreSQL's server package (it creates the account), or run the program as an ordinary user.")
            .arg(name());
    }
    QByteArray failed;
    if (const int error = chownTree(QFile::encodeName(path), uid, gid, recursive, &failed)) {
        return tr("Could not hand %1 to the account %2: %3.")
            .arg(QDir::toNativeSeparators(QFile::decodeName(failed)), name(), qt_error_string(error));
    }
    return {};
#else
    Q_UNUSED(path);
    Q_UNUSED(recursive);
    return {};
#endif
}

bool ServiceAccount::canReach(const QString &folder)
{
    if (!isUsed())
        return true;
    // Asking the system as that account answers for ACLs and every parent folder too.
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    start(process, QStringLiteral("test"), {QStringLiteral("-x"), QDir::cleanPath(QDir::current().absoluteFilePath(folder))});
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

int ServiceAccount::killProgramsWorkingIn(const QString &folder)
{
#ifdef Q_OS_LINUX
    const QByteArray needle = QFile::encodeName(QDir::cleanPath(folder));
    QList<pid_t> victims;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const pid_t pid = pid_t(entry.toLongLong(&numeric));
        if (!numeric || pid == ::getpid())
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = cmdline.readAll();
        const QByteArray program = text.left(text.indexOf('\0'));
        // Servers are stopped with pg_ctl by the caller; they rename their command line.
        if (program.endsWith("/postgres") || program.startsWith("postgres:"))
            continue;
        // The folder as a whole argument or as the start of one (…/branches/b1.new/pg_wal).
        for (const QByteArray &argument : text.split('\0')) {
            if (argument == needle || argument.startsWith(QByteArray(needle + '/')) || argument.endsWith(QByteArray("=" + needle))) {
                victims << pid;
                break;
            }
        }
    }
    for (const pid_t pid : victims)
        ::kill(pid, SIGKILL);
    // Wait until they are gone (a zombie no longer writes).
    QElapsedTimer timer;
    timer.start();
    for (const pid_t pid : victims) {
        while (timer.elapsed() < 5000) {
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            if (!stat.open(QIODevice::ReadOnly) || stat.readAll().contains(") Z "))
                break;
            QThread::msleep(10);
        }
    }
    return int(victims.size());
#else
    Q_UNUSED(folder)
    return 0;
#endif
}

} // namespace Pixetric

#include "filecloner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <climits>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <linux/fs.h> // FICLONE
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

#include <atomic>
#include <vector>
#endif

namespace Pixetric {

namespace {

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString absolute(const QString &path)
{
    return path.isEmpty() ? path : QDir::cleanPath(QDir::current().absoluteFilePath(path));
}

// The nearest folder at or above path that exists (free space is asked of it).
QString existingAncestor(QString path)
{
    path = absolute(path);
    while (!path.isEmpty() && !QFileInfo::exists(path)) {
        const QString parent = QFileInfo(path).absolutePath();
        if (parent == path)
            break;
        path = parent;
    }
    return path;
}

qint64 megabytes(qint64 bytes)
{
    return (qMax<qint64>(bytes, 0) + 1024 * 1024 - 1) / (1024 * 1024);
}

QString diskFullMessage(const QString &target, qint64 needed)
{
    const QString folder = existingAncestor(QFileInfo(target).absolutePath());
    const qint64 free = FileCloner::freeBytes(folder);
    if (free >= needed) {
        // Space is there but no room for more files: the file system ran out of inodes.
        return QCoreApplication::translate("Pixetric::FileCloner",
                                           "The disk holding %1 is full: it has no room for more files, "
                                           "though %2 MB are free. Remove files there or choose a folder "
                                           "on another disk.")
            .arg(native(folder))
            .arg(megabytes(free));
    }
    return QCoreApplication::translate("Pixetric::FileCloner",
                                       "The disk holding %1 is full (%2 MB free, the copy needs about %3 MB). "
                                       "Free some space or choose a folder on another disk.")
        .arg(native(folder))
        .arg(megabytes(free))
        .arg(megabytes(needed));
}

QString cancelledMessage(const QString &target)
{
    return QCoreApplication::translate("Pixetric::FileCloner",
                                       "The copy to %1 was cancelled; what was copied so far has been removed.")
        .arg(native(target));
}

#ifdef Q_OS_LINUX

// One thing in a tree, as lstat saw it. Paths are relative to the tree's top, in the file
// system's own encoding: no conversions per file.
struct Entry
{
    QByteArray path; // empty for the top folder
    mode_t mode = 0;
    uid_t uid = 0;
    gid_t gid = 0;
    qint64 size = 0;
};

// Walks a tree, folders before what they hold, never following symbolic links. visit returns
// false to stop. Things that vanish during the walk are passed over (a server may remove
// files meanwhile). On failure returns the errno and sets *failed to the path.
template<typename Visit>
int walkTree(const QByteArray &top, Visit &&visit, QByteArray *failed)
{
    struct stat st{};
    if (::lstat(top.constData(), &st) != 0) {
        *failed = top;
        return errno;
    }
    if (!visit(QByteArray(), st))
        return 0;
    if (!S_ISDIR(st.st_mode))
        return 0;

    std::vector<QByteArray> pending{QByteArray()};
    while (!pending.empty()) {
        const QByteArray relative = std::move(pending.back());
        pending.pop_back();
        const QByteArray path = relative.isEmpty() ? top : top + '/' + relative;
        DIR *dir = ::opendir(path.constData());
        if (!dir) {
            if (errno == ENOENT && !relative.isEmpty())
                continue;
            *failed = path;
            return errno;
        }
        std::vector<QByteArray> subfolders;
        errno = 0;
        while (dirent *entry = ::readdir(dir)) {
            const char *name = entry->d_name;
            if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0)))
                continue;
            if (::fstatat(::dirfd(dir), name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
                if (errno == ENOENT)
                    continue;
                const int error = errno;
                *failed = path + '/' + name;
                ::closedir(dir);
                return error;
            }
            QByteArray child = relative.isEmpty() ? QByteArray(name) : relative + '/' + name;
            if (!visit(child, st)) {
                ::closedir(dir);
                return 0;
            }
            if (S_ISDIR(st.st_mode))
                subfolders.push_back(std::move(child));
        }
        ::closedir(dir);
        // Depth first, in the order read: a folder is always visited before its contents.
        for (auto it = subfolders.rbegin(); it != subfolders.rend(); ++it)
            pending.push_back(std::move(*it));
    }
    return 0;
}

// Removes name inside the folder dirFd (AT_FDCWD and a full path for the top): folders with
// their contents, links as links. Does not cross into another file system mounted inside.
int removeAt(int dirFd, const char *name, dev_t device, const QByteArray &path, QByteArray *failed)
{
    struct stat st{};
    if (::fstatat(dirFd, name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
        if (errno == ENOENT)
            return 0;
        *failed = path;
        return errno;
    }
    if (!S_ISDIR(st.st_mode)) {
        if (::unlinkat(dirFd, name, 0) != 0 && errno != ENOENT) {
            *failed = path;
            return errno;
        }
        return 0;
    }
    if (st.st_dev != device) {
        *failed = path;
        return EXDEV;
    }
    // A folder without write or search permission for us cannot be emptied; ours to change.
    if ((st.st_mode & S_IRWXU) != S_IRWXU)
        ::fchmodat(dirFd, name, (st.st_mode & 07777) | S_IRWXU, 0);
    const int fd = ::openat(dirFd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        *failed = path;
        return errno;
    }
    DIR *dir = ::fdopendir(fd);
    if (!dir) {
        const int error = errno;
        ::close(fd);
        *failed = path;
        return error;
    }
    std::vector<QByteArray> names;
    while (dirent *entry = ::readdir(dir)) {
        const char *child = entry->d_name;
        if (child[0] == '.' && (child[1] == 0 || (child[1] == '.' && child[2] == 0)))
            continue;
        names.emplace_back(child);
    }
    int error = 0;
    for (const QByteArray &child : names) {
        error = removeAt(::dirfd(dir), child.constData(), device, path + '/' + child, failed);
        if (error)
            break;
    }
    ::closedir(dir);
    if (error)
        return error;
    if (::unlinkat(dirFd, name, AT_REMOVEDIR) != 0 && errno != ENOENT) {
        *failed = path;
        return errno;
    }
    return 0;
}

bool isDiskFull(int error)
{
    return error == ENOSPC || error == EDQUOT;
}

// Whether a clone or in-kernel copy failed because the file systems cannot do it (as opposed
// to a real error).
bool isUnsupported(int error)
{
    return error == EOPNOTSUPP || error == ENOTTY || error == EXDEV || error == EINVAL || error == ENOSYS;
}

// One copyTree call.
class TreeCopy
{
public:
    TreeCopy(const QByteArray &source, const QByteArray &target, bool reflink,
             const std::function<bool(qint64, qint64)> &progress)
        : m_source(source)
        , m_target(target)
        , m_reflink(reflink)
        , m_asRoot(::geteuid() == 0)
        , m_progress(progress)
    {
    }

    qint64 total = 0;
    qint64 done = 0;
    int error = 0;           // errno of the failure
    QByteArray failedPath;   // where it happened
    bool cancelled = false;
    bool fellBack = false;   // reflink was asked for but a file had to be copied

    bool report()
    {
        if (m_progress && !m_progress(done, total)) {
            cancelled = true;
            return false;
        }
        return true;
    }

    bool copy(const std::vector<Entry> &entries)
    {
        if (!report())
            return false;
        std::vector<const Entry *> folders;
        for (const Entry &entry : entries) {
            const QByteArray from = entry.path.isEmpty() ? m_source : m_source + '/' + entry.path;
            const QByteArray to = entry.path.isEmpty() ? m_target : m_target + '/' + entry.path;
            if (S_ISDIR(entry.mode)) {
                // Private until the end, then the source's mode (a read-only folder would stop
                // its own filling).
                if (::mkdir(to.constData(), 0700) != 0)
                    return fail(to);
                folders.push_back(&entry);
            } else if (S_ISLNK(entry.mode)) {
                if (!copyLink(from, to))
                    return false;
            } else if (S_ISREG(entry.mode)) {
                if (!copyFile(entry, from, to) || !report())
                    return false;
            }
            // Sockets, pipes and devices are not data: left out.
        }
        for (auto it = folders.rbegin(); it != folders.rend(); ++it) {
            const Entry &entry = **it;
            const QByteArray to = entry.path.isEmpty() ? m_target : m_target + '/' + entry.path;
            if (m_asRoot && ::lchown(to.constData(), entry.uid, entry.gid) != 0)
                return fail(to);
            if (::chmod(to.constData(), entry.mode & 07777) != 0)
                return fail(to);
        }
        // Durable before anyone relies on it: one flush of the file system, not one per file.
        const int fd = ::open(m_target.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd >= 0) {
            const int result = ::syncfs(fd);
            const int syncError = errno;
            ::close(fd);
            if (result != 0) {
                errno = syncError;
                return fail(m_target);
            }
        }
        return true;
    }

private:
    bool fail(const QByteArray &path)
    {
        error = errno;
        failedPath = path;
        return false;
    }

    bool copyLink(const QByteArray &from, const QByteArray &to)
    {
        QByteArray link(PATH_MAX, Qt::Uninitialized);
        const ssize_t length = ::readlink(from.constData(), link.data(), link.size());
        if (length < 0)
            return errno == ENOENT || fail(from);
        link.truncate(length);
        if (::symlink(link.constData(), to.constData()) != 0)
            return fail(to);
        if (m_asRoot) {
            struct stat st{};
            if (::lstat(from.constData(), &st) == 0 && ::lchown(to.constData(), st.st_uid, st.st_gid) != 0)
                return fail(to);
        }
        return true;
    }

    bool copyFile(const Entry &entry, const QByteArray &from, const QByteArray &to)
    {
        const int in = ::open(from.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
        if (in < 0)
            return errno == ENOENT || fail(from); // removed since the walk: nothing to copy
        const int out = ::open(to.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (out < 0) {
            const bool ok = fail(to);
            ::close(in);
            return ok;
        }
        bool ok = transfer(entry, in, out, from, to);
        // Owner first: chown clears set-user-id bits that chmod then restores.
        if (ok && m_asRoot && ::fchown(out, entry.uid, entry.gid) != 0)
            ok = fail(to);
        if (ok && ::fchmod(out, entry.mode & 07777) != 0)
            ok = fail(to);
        if (::close(out) != 0 && ok)
            ok = fail(to); // some file systems report a full disk only here
        ::close(in);
        return ok;
    }

    bool transfer(const Entry &entry, int in, int out, const QByteArray &from, const QByteArray &to)
    {
        if (m_reflink) {
            if (::ioctl(out, FICLONE, in) == 0) {
                done += entry.size;
                return true;
            }
            if (!isUnsupported(errno))
                return fail(to);
            // Not this file system (or not between these two): copy the rest, if it fits.
            m_reflink = false;
            fellBack = true;
            const qint64 remaining = total - done;
            struct statvfs fs{};
            if (::fstatvfs(out, &fs) == 0 && qint64(fs.f_bavail) * qint64(fs.f_frsize) < remaining) {
                errno = ENOSPC;
                return fail(to);
            }
        }

        const qint64 start = done;
        constexpr size_t Chunk = 8 * 1024 * 1024; // progress and cancel every few milliseconds
        bool kernelCopy = true;
        while (true) {
            ssize_t copied = -1;
            if (kernelCopy) {
                copied = ::copy_file_range(in, nullptr, out, nullptr, Chunk, 0);
                if (copied < 0 && done == start && isUnsupported(errno)) {
                    kernelCopy = false;
                    continue;
                }
                if (copied < 0)
                    return fail(errno == EBADF || errno == EIO ? from : to);
            } else {
                copied = readWrite(in, out, from, to);
                if (copied < 0)
                    return false;
            }
            if (copied == 0)
                return true;
            done += copied;
            if (!report())
                return false;
        }
    }

    // One chunk by read and write; -1 on failure (already recorded).
    ssize_t readWrite(int in, int out, const QByteArray &from, const QByteArray &to)
    {
        if (m_buffer.isEmpty())
            m_buffer.resize(1024 * 1024);
        ssize_t got;
        do {
            got = ::read(in, m_buffer.data(), m_buffer.size());
        } while (got < 0 && errno == EINTR);
        if (got < 0) {
            fail(from);
            return -1;
        }
        for (ssize_t written = 0; written < got;) {
            const ssize_t n = ::write(out, m_buffer.constData() + written, got - written);
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                fail(to);
                return -1;
            }
            written += n;
        }
        return got;
    }

    QByteArray m_source;
    QByteArray m_target;
    bool m_reflink;
    bool m_asRoot;
    const std::function<bool(qint64, qint64)> &m_progress;
    QByteArray m_buffer;
};

#endif // Q_OS_LINUX

} // namespace

#ifdef Q_OS_LINUX

bool FileCloner::supportsReflink(const QString &folder)
{
    static std::atomic<int> counter{0};
    const QByteArray base = QFile::encodeName(absolute(folder)) + "/.pixetric-reflink-" + QByteArray::number(::getpid())
        + '-' + QByteArray::number(counter.fetch_add(1));
    const QByteArray first = base + "-a";
    const QByteArray second = base + "-b";
    bool supported = false;
    const int a = ::open(first.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (a >= 0) {
        // A whole block of data: an empty file may clone where real ones do not.
        const QByteArray block(4096, 'x');
        const int b = ::open(second.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (b >= 0) {
            supported = ::write(a, block.constData(), block.size()) == block.size() && ::ioctl(b, FICLONE, a) == 0;
            ::close(b);
            ::unlink(second.constData());
        }
        ::close(a);
        ::unlink(first.constData());
    }
    return supported;
}

QString FileCloner::copyTree(const QString &source, const QString &target, Method preferred,
                             const std::function<bool(qint64, qint64)> &progress, Method *methodUsed)
{
    const QString from = absolute(source);
    const QString to = absolute(target);
    if (methodUsed)
        *methodUsed = preferred;
    if (from.isEmpty() || to.isEmpty())
        return tr("Both the folder to copy and where to copy it to must be given.");
    const QByteArray sourcePath = QFile::encodeName(from);
    const QByteArray targetPath = QFile::encodeName(to);
    if (targetPath.startsWith(QByteArray(sourcePath + '/')))
        return tr("%1 cannot be copied into itself (%2).").arg(native(from), native(to));

    struct stat st{};
    if (::lstat(targetPath.constData(), &st) == 0)
        return tr("%1 already exists. Choose a new folder for the copy, or remove that one first.").arg(native(to));

    std::vector<Entry> entries;
    qint64 total = 0;
    QByteArray failed;
    const int walkError = walkTree(sourcePath, [&](const QByteArray &path, const struct stat &info) {
        entries.push_back(Entry{path, info.st_mode, info.st_uid, info.st_gid, qint64(info.st_size)});
        if (S_ISREG(info.st_mode))
            total += info.st_size;
        return true;
    }, &failed);
    if (walkError) {
        return tr("Could not read %1: %2.").arg(native(QFile::decodeName(failed)), qt_error_string(walkError));
    }
    if (!S_ISDIR(entries.front().mode))
        return tr("%1 is not a folder.").arg(native(from));

    const QString parent = QFileInfo(to).absolutePath();
    if (!QDir().mkpath(parent))
        return tr("Could not create the folder %1. Check the permissions of the folder above it.").arg(native(parent));
    // A copy that cannot fit would fill the disk, and servers writing there would fail too.
    if (preferred == Method::Copy) {
        const qint64 free = freeBytes(parent);
        if (free >= 0 && free < total)
            return diskFullMessage(to, total);
    }

    TreeCopy copy(sourcePath, targetPath, preferred == Method::Reflink, progress);
    copy.total = total;
    if (copy.copy(entries)) {
        if (methodUsed)
            *methodUsed = preferred == Method::Reflink && !copy.fellBack ? Method::Reflink : Method::Copy;
        if (progress)
            progress(total, total);
        return {};
    }

    if (methodUsed)
        *methodUsed = preferred == Method::Reflink && !copy.fellBack ? Method::Reflink : Method::Copy;
    const QString removeError = removeTree(to);
    QString message;
    if (copy.cancelled)
        message = cancelledMessage(to);
    else if (isDiskFull(copy.error))
        message = diskFullMessage(to, total);
    else
        message = tr("Could not copy %1 to %2: %3 (%4).")
                      .arg(native(from), native(to), qt_error_string(copy.error),
                           native(QFile::decodeName(copy.failedPath)));
    if (!removeError.isEmpty())
        message += QLatin1Char(' ') + removeError;
    return message;
}

qint64 FileCloner::treeSize(const QString &folder)
{
    qint64 total = 0;
    QByteArray failed;
    const int error = walkTree(QFile::encodeName(absolute(folder)), [&](const QByteArray &, const struct stat &info) {
        if (S_ISREG(info.st_mode))
            total += info.st_size;
        return true;
    }, &failed);
    return error ? -1 : total;
}

QString FileCloner::removeTree(const QString &folder)
{
    const QByteArray path = QFile::encodeName(absolute(folder));
    if (path.isEmpty() || path == "/")
        return tr("Refusing to remove “%1”.").arg(native(folder));
    struct stat st{};
    if (::lstat(path.constData(), &st) != 0)
        return errno == ENOENT ? QString() : tr("Could not remove %1: %2.").arg(native(folder), qt_error_string(errno));
    QByteArray failed;
    const int error = removeAt(AT_FDCWD, path.constData(), st.st_dev, path, &failed);
    if (!error)
        return {};
    if (error == EXDEV) {
        return tr("Could not remove %1: another file system is mounted at %2. Unmount it first.")
            .arg(native(folder), native(QFile::decodeName(failed)));
    }
    return tr("Could not remove %1: %2 (%3).")
        .arg(native(folder), qt_error_string(error), native(QFile::decodeName(failed)));
}

qint64 FileCloner::freeBytes(const QString &folder)
{
    const QString existing = existingAncestor(folder);
    struct statvfs fs{};
    if (existing.isEmpty() || ::statvfs(QFile::encodeName(existing).constData(), &fs) != 0)
        return -1;
    return qint64(fs.f_bavail) * qint64(fs.f_frsize);
}

#else // not Linux: portable, slower, and without clones

bool FileCloner::supportsReflink(const QString &folder)
{
    Q_UNUSED(folder);
    return false;
}

QString FileCloner::copyTree(const QString &source, const QString &target, Method preferred,
                             const std::function<bool(qint64, qint64)> &progress, Method *methodUsed)
{
    Q_UNUSED(preferred);
    if (methodUsed)
        *methodUsed = Method::Copy;
    const QString from = absolute(source);
    const QString to = absolute(target);
    if (!QFileInfo(from).isDir() || QFileInfo(from).isSymLink())
        return tr("%1 is not a folder.").arg(native(from));
    if (QFileInfo::exists(to) || QFileInfo(to).isSymLink())
        return tr("%1 already exists. Choose a new folder for the copy, or remove that one first.").arg(native(to));
    const qint64 total = treeSize(from);
    if (total < 0)
        return tr("Could not read %1.").arg(native(from));
    const qint64 free = freeBytes(QFileInfo(to).absolutePath());
    if (free >= 0 && free < total)
        return diskFullMessage(to, total);
    if (!QDir().mkpath(to))
        return tr("Could not create the folder %1.").arg(native(to));

    const QDir sourceDir(from);
    qint64 done = 0;
    const auto fail = [&](const QString &message) {
        removeTree(to);
        return message;
    };
    if (progress && !progress(done, total))
        return fail(cancelledMessage(to));
    QDirIterator it(from, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        const QString destination = to + QLatin1Char('/') + sourceDir.relativeFilePath(info.filePath());
        if (info.isSymLink()) {
            if (!QFile::link(info.symLinkTarget(), destination))
                return fail(tr("Could not copy the link %1.").arg(native(info.filePath())));
        } else if (info.isDir()) {
            if (!QDir().mkpath(destination))
                return fail(tr("Could not create the folder %1.").arg(native(destination)));
        } else {
            QFile file(info.filePath());
            if (!file.copy(destination)) {
                const qint64 left = freeBytes(to);
                if (left >= 0 && left < info.size())
                    return fail(diskFullMessage(to, total));
                return fail(tr("Could not copy %1: %2.").arg(native(info.filePath()), file.errorString()));
            }
            QFile::setPermissions(destination, info.permissions());
            done += info.size();
            if (progress && !progress(done, total))
                return fail(cancelledMessage(to));
        }
    }
    return {};
}

qint64 FileCloner::treeSize(const QString &folder)
{
    const QFileInfo top(folder);
    if (!top.exists())
        return -1;
    if (!top.isDir() || top.isSymLink())
        return top.isSymLink() ? 0 : top.size();
    qint64 total = 0;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (!it.fileInfo().isSymLink())
            total += it.fileInfo().size();
    }
    return total;
}

QString FileCloner::removeTree(const QString &folder)
{
    const QFileInfo info(folder);
    if (!info.exists() && !info.isSymLink())
        return {};
    // QDir::removeRecursively removes links, never what they point to.
    const bool removed = info.isSymLink() || !info.isDir() ? QFile::remove(folder) : QDir(folder).removeRecursively();
    return removed ? QString() : tr("Could not remove %1.").arg(native(folder));
}

qint64 FileCloner::freeBytes(const QString &folder)
{
    const QStorageInfo storage(existingAncestor(folder));
    return storage.isValid() ? storage.bytesAvailable() : -1;
}

#endif

} // namespace Pixetric

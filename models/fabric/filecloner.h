#pragma once

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace Pixetric {

// Copies a folder tree the fastest way the filesystem allows:
//   Reflink — copy-on-write clones of every file (ioctl FICLONE; XFS with reflink=1, Btrfs),
//             near-instant whatever the size;
//   Copy    — copy_file_range (in-kernel copy), falling back to read/write.
// Keeps file modes and, when running as root, ownership; symbolic links are copied as links;
// sockets, pipes and devices are left out. On other platforms than Linux, files are copied one
// by one with Qt.
//
// Blocking; thread-safe. Errors: functions return an empty string on success, else a message
// for people (a full disk says so and names the folder).
class FileCloner
{
    Q_DECLARE_TR_FUNCTIONS(Pixetric::FileCloner)

public:
    enum class Method { Reflink, Copy };

    // Whether files in folder can be cloned with FICLONE (tries it on a small scratch file).
    static bool supportsReflink(const QString &folder);

    // Copies source into target (which must not exist; it is created, and missing folders above
    // it too). On failure, whatever was made of target is removed. progress gets bytes done of
    // bytes total (cheap to call often): once before the first file, after every file and every
    // few megabytes of a large one, and with done == total at the end; it may return false to
    // cancel. *methodUsed says what was used: Reflink only when every file was cloned. When
    // files must be copied (Copy asked for, or no clones on this file system) and they would not
    // fit, the copy is refused before any file data is written: filling the disk would also stop
    // servers writing to it.
    // The copy is flushed to disk before the call returns.
    static QString copyTree(const QString &source, const QString &target, Method preferred,
                            const std::function<bool(qint64 done, qint64 total)> &progress = {},
                            Method *methodUsed = nullptr);

    // Sum of the files' sizes (logical, as a copy would need without sharing), not following
    // symbolic links. -1 when source cannot be read.
    static qint64 treeSize(const QString &folder);

    // Removes a folder tree; symbolic links are removed, never followed, and another file
    // system mounted inside is left alone (an error). A missing folder counts as removed.
    static QString removeTree(const QString &folder);

    // Bytes free on the filesystem holding folder (for "not enough space" messages), -1 if unknown.
    static qint64 freeBytes(const QString &folder);
};

} // namespace Pixetric

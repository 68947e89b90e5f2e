#include "filecloner.h"
#include "noerror.h"
#include "pgcluster.h"
#include "serviceaccount.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace Pixetric;

Q_DECLARE_METATYPE(Pixetric::FileCloner::Method)

// FileCloner on real file systems: the machine's own /tmp, and, when the test runs as root,
// small tmpfs mounts to fill and an XFS image with reflink=1 to clone on.
class TestFileCloner : public QObject
{
    Q_OBJECT
public:
    ~TestFileCloner() override { unmountAll(); }

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void copiesEverything_data();
    void copiesEverything();
    void treeSizeCountsFilesNotLinks();
    void refusesWhatItCannotDo_data();
    void refusesWhatItCannotDo();
    void cancelRemovesThePartialCopy();
    void removeTreeNeverFollowsLinks();
    void fullDiskSaysSoAndLeavesNothing_data();
    void fullDiskSaysSoAndLeavesNothing();
    void reflinkOnXfs();

private:
    // A tree with nested folders, an empty file, a 5 MB file, links and particular modes.
    // Returns the bytes of its regular files.
    qint64 makeTree(const QString &root);
    static bool writeFile(const QString &path, qint64 size, QFile::Permissions permissions = {});
    // Path -> type, mode, size, link target, owner (when root) and a hash of the contents.
    static QMap<QString, QString> describe(const QString &root);
    static QString fileSystemType(const QString &path);
    // mount(8) with the arguments; the mount point is unmounted by cleanup().
    bool mount(const QStringList &arguments, const QString &mountPoint);
    void unmountAll();
    static bool isRoot() { return ::geteuid() == 0; }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_source;
    qint64 m_sourceBytes = 0;
    QStringList m_mounts;
};

bool TestFileCloner::writeFile(const QString &path, qint64 size, QFile::Permissions permissions)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator random(quint32(qHash(path)));
    QByteArray chunk(1024 * 1024, Qt::Uninitialized);
    for (qint64 left = size; left > 0; left -= chunk.size()) {
        random.fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
        if (file.write(chunk.constData(), qMin<qint64>(left, chunk.size())) < 0)
            return false;
    }
    file.close();
    return permissions == QFile::Permissions() || file.setPermissions(permissions);
}

qint64 TestFileCloner::makeTree(const QString &root)
{
    const QDir dir(root);
    if (!dir.mkpath("nested/deeper/deepest") || !dir.mkpath("empty-folder") || !dir.mkpath("nested/locked"))
        return -1;
    const QFile::Permissions rw = QFile::ReadOwner | QFile::WriteOwner;
    const QFile::Permissions rwx = rw | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
        | QFile::ExeOther;
    bool ok = writeFile(dir.filePath("empty"), 0) && writeFile(dir.filePath("big.bin"), 5 * 1024 * 1024)
        && writeFile(dir.filePath("nested/secret"), 1234, rw)
        && writeFile(dir.filePath("nested/deeper/script.sh"), 100, rwx)
        && writeFile(dir.filePath("nested/deeper/deepest/odd size"), 4097)
        && writeFile(dir.filePath("nested/locked/inside"), 10)
        && QFile::link("big.bin", dir.filePath("link-to-big"))
        && QFile::link("../nowhere", dir.filePath("nested/dangling"))
        && QFile::link("nested", dir.filePath("link-to-folder"));
    // A read-only folder: the copy must fill it before giving it its mode.
    ok = ok
        && QFile::setPermissions(
            dir.filePath("nested/locked"), QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup);
    if (ok && isRoot())
        ok = ServiceAccount::handOver(dir.filePath("nested/secret"), false).isEmpty();
    return ok ? 5 * 1024 * 1024 + 1234 + 100 + 4097 + 10 : -1;
}

QMap<QString, QString> TestFileCloner::describe(const QString &root)
{
    QMap<QString, QString> result;
    const QDir top(root);
    QDirIterator it(root, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat st{};
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0) {
            result.insert(top.relativeFilePath(path), "unreadable");
            continue;
        }
        QString text = QString::number(st.st_mode, 8);
        if (isRoot())
            text += QStringLiteral(" %1:%2").arg(st.st_uid).arg(st.st_gid);
        if (S_ISLNK(st.st_mode)) {
            QByteArray target(4096, 0);
            const ssize_t n = ::readlink(QFile::encodeName(path).constData(), target.data(), target.size());
            text += " -> " + QFile::decodeName(target.left(qMax<ssize_t>(n, 0)));
        } else if (S_ISREG(st.st_mode)) {
            QFile file(path);
            QCryptographicHash hash(QCryptographicHash::Sha1);
            if (file.open(QIODevice::ReadOnly))
                hash.addData(&file);
            text += QStringLiteral(" %1 %2").arg(st.st_size).arg(QString::fromLatin1(hash.result().toHex()));
        }
        result.insert(top.relativeFilePath(path), text);
    }
    return result;
}

QString TestFileCloner::fileSystemType(const QString &path)
{
    QProcess stat;
    stat.start("stat", {"-f", "-c", "%T", path});
    stat.waitForFinished(10000);
    return QString::fromLocal8Bit(stat.readAllStandardOutput()).trimmed();
}

bool TestFileCloner::mount(const QStringList &arguments, const QString &mountPoint)
{
    if (!QDir().mkpath(mountPoint))
        return false;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start("mount", arguments + QStringList{mountPoint});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        qWarning() << "mount failed:" << process.readAll();
        return false;
    }
    m_mounts << mountPoint;
    return true;
}

void TestFileCloner::unmountAll()
{
    // Always before the folders go: removing them through a mount would empty the mount.
    while (!m_mounts.isEmpty()) {
        const QString mountPoint = m_mounts.takeLast();
        if (QProcess::execute("umount", {mountPoint}) != 0)
            QProcess::execute("umount", {"-l", mountPoint});
    }
}

void TestFileCloner::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + "/pixetric-filecloner-XXXXXX");
    QVERIFY(m_dir->isValid());
    m_source = m_dir->filePath("source");
    m_sourceBytes = makeTree(m_source);
    QVERIFY(m_sourceBytes > 0);
}

void TestFileCloner::cleanup()
{
    unmountAll();
}

void TestFileCloner::cleanupTestCase()
{
    unmountAll();
    // Read-only folders would stop QTemporaryDir, which is not root everywhere.
    QProcess::execute("chmod", {"-R", "u+rwX", m_dir->path()});
}

void TestFileCloner::copiesEverything_data()
{
    QTest::addColumn<FileCloner::Method>("preferred");
    QTest::addRow("copy") << FileCloner::Method::Copy;
    QTest::addRow("reflink preferred") << FileCloner::Method::Reflink;
}

void TestFileCloner::copiesEverything()
{
    QFETCH(FileCloner::Method, preferred);
    const QString target = m_dir->filePath(QStringLiteral("copy-%1/target").arg(QTest::currentDataTag()));
    QList<QPair<qint64, qint64>> calls;
    FileCloner::Method used = FileCloner::Method(-1);
    const QString error = FileCloner::copyTree(
        m_source, target, preferred,
        [&](qint64 done, qint64 total) {
            calls.append({done, total});
            return true;
        },
        &used);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const FileCloner::Method expected
        = preferred == FileCloner::Method::Reflink && FileCloner::supportsReflink(m_dir->path())
        ? FileCloner::Method::Reflink
        : FileCloner::Method::Copy;
    QCOMPARE(used, expected);
    QCOMPARE(describe(target), describe(m_source));
    QCOMPARE(describe(target).size(), 14);

    QVERIFY(calls.size() >= 3);
    QCOMPARE(calls.first(), qMakePair(qint64(0), m_sourceBytes));
    QCOMPARE(calls.last(), qMakePair(m_sourceBytes, m_sourceBytes));
    for (int i = 1; i < calls.size(); ++i) {
        QVERIFY(calls.at(i).first >= calls.at(i - 1).first);
        QCOMPARE(calls.at(i).second, m_sourceBytes);
    }
}

void TestFileCloner::treeSizeCountsFilesNotLinks()
{
    QCOMPARE(FileCloner::treeSize(m_source), m_sourceBytes);
    QCOMPARE(FileCloner::treeSize(m_source + "/nested/deeper"), qint64(100 + 4097));
    QCOMPARE(FileCloner::treeSize(m_dir->filePath("no-such-folder")), qint64(-1));
    QVERIFY(FileCloner::freeBytes(m_dir->path()) > 0);
    QVERIFY(FileCloner::freeBytes(m_dir->filePath("not/yet/made")) > 0);
}

void TestFileCloner::refusesWhatItCannotDo_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("message");
    QTest::addRow("target folder exists") << "source" << "existing" << "already exists";
    QTest::addRow("target file exists") << "source" << "existing/file" << "already exists";
    QTest::addRow("target is a dangling link") << "source" << "dangling" << "already exists";
    QTest::addRow("source missing") << "no-such-source" << "new" << "Could not read";
    QTest::addRow("source is a file") << "source/big.bin" << "new" << "is not a folder";
    QTest::addRow("into itself") << "source" << "source/nested/again" << "into itself";
}

void TestFileCloner::refusesWhatItCannotDo()
{
    QFETCH(QString, source);
    QFETCH(QString, target);
    QFETCH(QString, message);
    const QDir dir(m_dir->path());
    QVERIFY(dir.mkpath("existing"));
    QVERIFY(writeFile(dir.filePath("existing/file"), 10));
    QFile::link("nowhere", dir.filePath("dangling"));
    const QMap<QString, QString> before = describe(m_dir->path());

    const QString error = FileCloner::copyTree(dir.filePath(source), dir.filePath(target), FileCloner::Method::Copy);
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(describe(m_dir->path()), before);
}

void TestFileCloner::cancelRemovesThePartialCopy()
{
    const QString target = m_dir->filePath("cancelled/target");
    int calls = 0;
    qint64 lastDone = 0;
    const QString error = FileCloner::copyTree(m_source, target, FileCloner::Method::Copy, [&](qint64 done, qint64) {
        lastDone = done;
        return ++calls < 3;
    });
    QVERIFY2(error.contains("cancelled"), qPrintable(error));
    QCOMPARE(calls, 3);
    QVERIFY(lastDone > 0); // something had been copied
    QVERIFY(!QFileInfo::exists(target));
    QVERIFY(QFileInfo(m_dir->filePath("cancelled")).isDir()); // the folder above stays
    QCOMPARE(FileCloner::treeSize(m_source), m_sourceBytes);
}

void TestFileCloner::removeTreeNeverFollowsLinks()
{
    const QDir dir(m_dir->path());
    QVERIFY(dir.mkpath("outside/folder"));
    QVERIFY(writeFile(dir.filePath("outside/folder/precious"), 100));
    QVERIFY(writeFile(dir.filePath("outside/precious"), 100));
    const QString doomed = dir.filePath("doomed");
    QVERIFY_NO_ERROR(FileCloner::copyTree(m_source, doomed, FileCloner::Method::Copy));
    QVERIFY(QFile::link(dir.filePath("outside/folder"), doomed + "/link-to-outside-folder"));
    QVERIFY(QFile::link(dir.filePath("outside/precious"), doomed + "/nested/locked-sibling-link"));
    // A link to a folder given as the tree itself: the link goes, the folder stays.
    QVERIFY(QFile::link(dir.filePath("outside"), dir.filePath("link-as-tree")));

    QVERIFY_NO_ERROR(FileCloner::removeTree(doomed));
    QVERIFY(!QFileInfo::exists(doomed));
    QVERIFY_NO_ERROR(FileCloner::removeTree(dir.filePath("link-as-tree")));
    QVERIFY(!QFileInfo(dir.filePath("link-as-tree")).isSymLink());
    QVERIFY(QFileInfo::exists(dir.filePath("outside/folder/precious")));
    QVERIFY(QFileInfo::exists(dir.filePath("outside/precious")));
    QVERIFY_NO_ERROR(FileCloner::removeTree(doomed)); // gone already is fine
    QVERIFY(!FileCloner::removeTree("/").isEmpty());
}

void TestFileCloner::fullDiskSaysSoAndLeavesNothing_data()
{
    QTest::addColumn<QString>("options");
    QTest::addColumn<FileCloner::Method>("preferred");
    QTest::addColumn<int>("smallFiles");
    QTest::addColumn<QString>("message");
    // 5 MB into 2 MB: refused before anything is written.
    QTest::addRow("copy does not fit") << "size=2m" << FileCloner::Method::Copy << 0
                                       << "MB free, the copy needs about 6 MB";
    // The clone is refused by tmpfs; the copy it falls back to does not fit.
    QTest::addRow("reflink falls back, does not fit") << "size=2m" << FileCloner::Method::Reflink << 0
                                                      << "MB free, the copy needs about 6 MB";
    // Space enough but too few inodes: the disk fills up in the middle of the copy.
    QTest::addRow("runs out of files midway") << "size=64m,nr_inodes=24" << FileCloner::Method::Copy << 40
                                              << "no room for more files";
}

void TestFileCloner::fullDiskSaysSoAndLeavesNothing()
{
    if (!isRoot())
        QSKIP("Mounting a small file system to fill needs root.");
    QFETCH(QString, options);
    QFETCH(FileCloner::Method, preferred);
    QFETCH(int, smallFiles);
    QFETCH(QString, message);

    QString source = m_source;
    if (smallFiles > 0) {
        source = m_dir->filePath("many-small-files");
        QVERIFY(QDir().mkpath(source));
        for (int i = 0; i < smallFiles; ++i)
            QVERIFY(writeFile(source + QStringLiteral("/file-%1").arg(i), 1000));
    }
    const QString small = m_dir->filePath("small-disk");
    QVERIFY(mount({"-t", "tmpfs", "-o", options, "tmpfs"}, small));
    QCOMPARE(fileSystemType(small), QStringLiteral("tmpfs"));
    QVERIFY(!FileCloner::supportsReflink(small));

    const QString target = small + "/copy";
    int calls = 0;
    const QString error = FileCloner::copyTree(source, target, preferred, [&](qint64, qint64) {
        ++calls;
        return true;
    });
    QVERIFY2(error.contains("The disk holding " + small + " is full"), qPrintable(error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(
        QDir(small).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System), QStringList());
    if (smallFiles > 0)
        QVERIFY(calls > 1); // it did start
}

void TestFileCloner::reflinkOnXfs()
{
    if (!isRoot())
        QSKIP("Making and mounting an XFS image needs root.");
    if (qEnvironmentVariableIsSet("PIXETRIC_TEST_NO_LOOP_DEVICES"))
        QSKIP("No loop devices here (the Debian 13 chroot); the host pass runs this test.");
    const QString mkfs = QStandardPaths::findExecutable("mkfs.xfs", {"/usr/sbin", "/sbin", "/usr/bin"});
    if (mkfs.isEmpty())
        QSKIP("mkfs.xfs is not installed (Debian package xfsprogs).");

    const QString image = m_dir->filePath("xfs.img");
    {
        QFile file(image);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(300 * 1024 * 1024));
    }
    QCOMPARE(QProcess::execute(mkfs, {"-m", "reflink=1", "-q", image}), 0);
    const QString xfs = m_dir->filePath("xfs");
    QVERIFY(mount({"-o", "loop", image}, xfs));
    QCOMPARE(fileSystemType(xfs), QStringLiteral("xfs"));

    QVERIFY(FileCloner::supportsReflink(xfs));
    QCOMPARE(QDir(xfs).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
    const QString tmpType = fileSystemType(m_dir->path());
    if (tmpType == "ext2/ext3" || tmpType == "tmpfs")
        QVERIFY(!FileCloner::supportsReflink(m_dir->path()));
    const QString tmpfs = m_dir->filePath("tmpfs");
    QVERIFY(mount({"-t", "tmpfs", "-o", "size=8m", "tmpfs"}, tmpfs));
    QVERIFY(!FileCloner::supportsReflink(tmpfs));

    const QString source = xfs + "/source";
    QVERIFY(makeTree(source) > 0);
    QVERIFY(writeFile(source + "/hundred.bin", 100 * 1024 * 1024));
    QFile::Permissions before = QFileInfo(source + "/nested/locked").permissions();

    FileCloner::Method used = FileCloner::Method::Copy;
    QElapsedTimer timer;
    timer.start();
    QString error = FileCloner::copyTree(source, xfs + "/clone", FileCloner::Method::Reflink, {}, &used);
    const qint64 ms = timer.elapsed();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(used, FileCloner::Method::Reflink);
    qInfo("cloned %lld MB in %lld ms", FileCloner::treeSize(source) / (1024 * 1024), ms);
    QCOMPARE(describe(xfs + "/clone"), describe(source));
    QCOMPARE(QFileInfo(xfs + "/clone/nested/locked").permissions(), before);
    // Clones share their blocks: 100 MB more of files took (nearly) no space.
    QVERIFY(FileCloner::freeBytes(xfs) > 100 * 1024 * 1024);

    // Asked for a copy, it says it copied (the kernel may still share blocks underneath).
    error = FileCloner::copyTree(source, xfs + "/copy", FileCloner::Method::Copy, {}, &used);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(used, FileCloner::Method::Copy);

    // Across file systems there are no clones: the copy falls back, and says so.
    error = FileCloner::copyTree(source + "/nested", tmpfs + "/nested", FileCloner::Method::Reflink, {}, &used);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(used, FileCloner::Method::Copy);
    QCOMPARE(describe(tmpfs + "/nested"), describe(source + "/nested"));

    unmountAll();
    // mount -o loop set the loop device to detach itself when unmounted.
    const auto loopDevices = [&] {
        QProcess losetup;
        losetup.start("losetup", {"-j", image});
        losetup.waitForFinished(10000);
        return QString::fromLocal8Bit(losetup.readAllStandardOutput()).trimmed();
    };
    QTRY_COMPARE_WITH_TIMEOUT(loopDevices(), QString(), 10000);
}

QTEST_GUILESS_MAIN(TestFileCloner)
#include "tst_filecloner.moc"

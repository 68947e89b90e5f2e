#pragma once

#include "fabric.h"
#include "migrationjobs.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QFileSystemWatcher;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTimer;
class QTreeView;
class QTreeWidget;

namespace Pixetric {

class ConflictView;
class MigrationStatusModel;

// The "Migrations" dock: a migration folder, its migrations' states on a target branch, and
// the rehearse → promote / discard workflow of DESIGN §2.
//
//  - Folder picker (an editable list of recent folders and Browse…; the last one is kept in
//    QSettings "migrations/folder"); the folder is watched, so an edited file shows as drifted.
//  - The target: the branch selected in the Branches dock (setTarget), else the fabric's
//    default branch; a preview branch selected there stands for its target, the preview picked.
//  - The folder's migrations with their state on the target (MigrationStatusModel: pending,
//    applied, drifted, failed, missing, out of order) and, for the selected one, what is wrong
//    and what to do. A folder with bad files lists its problems; a target whose history cannot
//    be read says why and what to do.
//  - Rehearse on preview, with live progress and Stop; the report of the preview picked: go /
//    no-go with the reasons, per-file and per-statement timings, locks held on existing tables,
//    tables rewritten, lint findings, schema changes, notes.
//  - Promote… (PromoteDialog; a protected target needs its name typed) and Discard…
//    (DiscardBranchDialog) of the preview picked; a promote that finds a conflict opens the
//    Conflict tab (ConflictView, the three-way comparison).
//
// Threads: nothing here blocks. Every status read, rehearsal, promote and discard is a job on
// MigrationJobs::pool() that opens a LocalFabricEngine of its own on the fabric's folder
// (LocalFabric::directory()); progress and results come back queued to the GUI thread, and a
// status read that a newer one replaced is dropped by its generation token (as are results of
// jobs begun on another fabric). Branches the jobs make or remove reach the Branches dock
// through the LocalFabric's own polling of the registry. One action (rehearse, promote,
// discard) runs at a time.
//
// Thread affinity: GUI thread. Ownership: does not own the fabric (which may be destroyed
// first); jobs still running when the panel goes finish on their own and are ignored.
class MigrationsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MigrationsPanel(QWidget *parent = nullptr);
    ~MigrationsPanel() override;

    // Only a LocalFabric has branches the panel can rehearse on; another fabric, or none, is
    // reported in the panel.
    void setFabric(Fabric *fabric);
    Fabric *fabric() const { return m_fabric; }

    // The migration folder; remembered in QSettings, its state read at once (starting the
    // target's compute when it is suspended).
    void setFolder(const QString &folder);
    QString folder() const { return m_folder; }
    // The branch the migrations are for; empty: the fabric's default branch. A preview branch
    // stands for its target. A suspended compute is not started for this (Refresh does).
    void setTarget(const QString &branch);
    // The branch the shown states are of (after a preview was resolved to its target).
    QString target() const { return m_target; }

    // The buttons' actions.
    void refresh();   // reads the folder and the target's history again, starting its compute
    void rehearse();  // Rehearse on preview
    void stop();      // asks a running rehearsal to stop between statements
    void promote();   // opens PromoteDialog for the preview picked
    void discard();   // opens DiscardBranchDialog for the preview picked

    bool isBusy() const { return m_action != Action::None; }
    bool isReadingStatus() const { return m_statusReading; }
    // The previews of the target, newest first, and the one picked.
    QStringList previewNames() const;
    QString selectedPreview() const;
    bool selectPreview(const QString &name);
    // The rehearsal report shown (of the preview picked); null when none is.
    const RehearsalReport *shownReport() const;

    // Texts people see, for tests: the verdict line ("GO — …", "NO-GO — …", …), the two
    // banners (folder and target; the last action), the progress step.
    QString verdictText() const;
    QString statusMessage() const { return m_statusMessage; }
    bool statusMessageIsError() const { return m_statusMessageError; }
    QString actionMessage() const { return m_actionMessage; }
    bool actionMessageIsError() const { return m_actionMessageError; }
    QString progressText() const;
    QString summaryText() const; // the Summary tab's text
    QString explanationText() const;

    MigrationStatusModel *statusModel() const { return m_model; }
    QTreeView *statusView() const { return m_statusView; }
    QComboBox *folderPicker() const { return m_folderPicker; }
    QComboBox *previewPicker() const { return m_previewPicker; }
    QPushButton *browseButton() const { return m_browseButton; }
    QPushButton *refreshButton() const { return m_refreshButton; }
    QPushButton *rehearseButton() const { return m_rehearseButton; }
    QPushButton *stopButton() const { return m_stopButton; }
    QPushButton *promoteButton() const { return m_promoteButton; }
    QPushButton *discardButton() const { return m_discardButton; }
    QProgressBar *progressBar() const { return m_progress; }
    QTabWidget *reportTabs() const { return m_tabs; }
    QTreeWidget *timingsTree() const { return m_timings; }
    QTreeWidget *locksTree() const { return m_locks; }
    QListWidget *rewritesList() const { return m_rewrites; }
    QTreeWidget *lintTree() const { return m_lint; }
    QListWidget *schemaChangesList() const { return m_changes; }
    ConflictView *conflictView() const { return m_conflictView; }
    int conflictTabIndex() const;

Q_SIGNALS:
    void busyChanged(bool busy);
    // A status read's result is shown (also one that failed: statusMessage() says why).
    void statusShown();
    void rehearsalFinished(const QString &preview, bool go);
    // outcome: "promoted", "conflict" or "failed".
    void promoteFinished(const QString &preview, const QString &outcome);
    void discardFinished(const QString &preview, const QString &error);

private:
    enum class Action { None, Rehearse, Promote, Discard };
    struct Guard; // what queued results check before touching the panel

    void buildUi();
    QWidget *buildStatusPane();
    QWidget *buildReportPane();
    void restoreFolder();
    void applyFolder(const QString &folder, bool startCompute);
    void browse();
    void rememberFolder(const QString &folder);
    void watchFolder();

    QString defaultBranch() const;
    QString requestedBranch() const;
    void scheduleStatus(bool startCompute);
    void startStatusRead();
    void statusArrived(const MigrationStatusRead &status);
    void fabricBranchesChanged();
    void fabricOperationChanged(const OperationInfo &operation);

    template<typename Result, typename Work, typename Done>
    void runJob(Work work, Done done);
    LocalFabricEngine::Progress progressReporter(quint64 token);
    void beginAction(Action action, const QString &preview, const QString &step);
    void endAction();
    void actionProgressed(quint64 token, double fraction, const QString &step);
    void updateElapsed();
    void rehearsalArrived(quint64 token, const RehearsalReport &report);
    void startPromote(const QString &preview, bool confirmedProtected);
    void promoteArrived(quint64 token, const PromoteOutcome &outcome);
    void startDiscard(const QString &preview, bool unprotect);
    void discardArrived(quint64 token, const QString &preview, const QString &error);

    const PreviewBranch *previewInfo(const QString &name) const;
    QString shownPreview() const;
    void fillPreviews();
    void showSelectedPreview();
    void showReport(const RehearsalReport *report);
    void showNoReport(const PreviewBranch *preview);
    void setVerdict(const QString &text, const QString &style);
    void updateTargetLabel();
    void updateExplanation();
    void updateActions();
    void showStatusMessage(const QString &text, bool error);
    void showActionMessage(const QString &text, bool error);
    static void fillBanner(QLabel *banner, const QString &text, bool error);

    std::shared_ptr<Guard> m_guard;
    QPointer<Fabric> m_fabric;
    QString m_directory; // the LocalFabric's folder; empty for no fabric or another kind
    QString m_folder;
    QString m_requested; // setTarget(); empty: the default branch
    QString m_target;

    MigrationStatusModel *m_model = nullptr;
    MigrationStatusRead m_status;
    bool m_statusReading = false;
    bool m_statusStartCompute = false;
    quint64 m_statusToken = 0;
    QTimer *m_statusTimer = nullptr;
    QStringList m_branchNames;
    bool m_targetRunning = false;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_watchTimer = nullptr;

    Action m_action = Action::None;
    quint64 m_actionToken = 0;
    QString m_actionPreview;
    QElapsedTimer m_actionClock;
    QTimer *m_tick = nullptr;
    QString m_step;
    double m_fraction = 0;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_previewToSelect;
    // The preview of the last result shown, and its target: what the panel shows while no
    // preview is picked (a rehearsal that made none, a fast-forward promote that used it up).
    QString m_lastPreview;
    QString m_lastTarget;

    // What this window saw of each preview, by name, so that nothing is lost when another one
    // is picked: the rehearsal's report, a conflict, the text of a promote.
    QHash<QString, RehearsalReport> m_reports;
    QHash<QString, PromoteOutcome> m_conflicts;
    QHash<QString, QString> m_promoted;

    QString m_statusMessage;
    bool m_statusMessageError = false;
    QString m_actionMessage;
    bool m_actionMessageError = false;

    QComboBox *m_folderPicker = nullptr;
    QPushButton *m_browseButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QLabel *m_targetLabel = nullptr;
    QLabel *m_statusBanner = nullptr;
    QTreeView *m_statusView = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_explanation = nullptr;
    QPushButton *m_rehearseButton = nullptr;
    QPushButton *m_stopButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_stepLabel = nullptr;
    QComboBox *m_previewPicker = nullptr;
    QPushButton *m_promoteButton = nullptr;
    QPushButton *m_discardButton = nullptr;
    QLabel *m_actionBanner = nullptr;
    QLabel *m_verdict = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTextBrowser *m_summaryView = nullptr;
    QTreeWidget *m_timings = nullptr;
    QTreeWidget *m_locks = nullptr;
    QListWidget *m_rewrites = nullptr;
    QTreeWidget *m_lint = nullptr;
    QTextBrowser *m_lintDetails = nullptr;
    QListWidget *m_changes = nullptr;
    ConflictView *m_conflictView = nullptr;
};

} // namespace Pixetric

#pragma once

#include "connectionparams.h"
#include "schemacomparison.h"
#include "schemacomparisonresult.h"
#include "schemadiff.h"

#include <QPointer>
#include <QSet>
#include <QWidget>

#include <array>
#include <memory>

class QAbstractButton;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTimer;
class QToolButton;
class QTreeView;
class QTreeWidget;

namespace Pixetric {

class Fabric;
class SchemaDiffFilterModel;
class SchemaDiffModel;
class SqlViewer;
struct OperationInfo;

// The schema diff: compares two databases (FROM, the one a migration starts from, and TO, the
// one it should end up like) and shows what differs.
//
//  - Pickers for FROM and TO: editable lists of the fabric's branches; a postgresql:// URI or a
//    key=value string typed in works too. A branch whose compute is suspended is started
//    first, and the comparison begins once it runs.
//  - Options: owners, privileges, comments and white space in bodies ignored or not; schemas to
//    include or exclude. Changing them recomputes from the schemas already read; Compare reads
//    them again.
//  - Filter buttons with counts (identical, different, only in FROM, only in TO) and a name
//    filter over the object tree (kinds, objects, a table's parts under the table).
//  - The selected object's DDL on each side, side by side, with the lines that differ marked,
//    and its attribute changes.
//  - The migration script with Copy, Save… and Open in Editor (an SQL tab on FROM's
//    connection, through openInEditorRequested()).
//
// Nothing blocks the GUI thread: SchemaComparison reads and compares on pool threads, the DDL
// of a selected object is written and compared on a pool thread too, and stale results of
// either are dropped by token. A running comparison shows a busy bar and can be cancelled;
// failures show in a banner that says what to do.
//
// Thread affinity: GUI thread. Ownership: does not own the fabric (which may go first).
class SchemaDiffView : public QWidget
{
    Q_OBJECT
public:
    using Side = SchemaComparisonResult::Side;

    explicit SchemaDiffView(QWidget *parent = nullptr);
    ~SchemaDiffView() override;

    // The fabric whose branches the pickers offer; null offers none (URIs still work).
    void setFabric(Fabric *fabric);

    // Branch names or connection strings.
    void setSides(const QString &from, const QString &to);
    QString sideText(Side side) const;
    void setOptions(const DiffOptions &options);
    DiffOptions options() const;

    // Starts a comparison of what the pickers say (the Compare button). A comparison still
    // running is dropped.
    void compare();
    // Stops waiting: the running comparison's result is dropped (the Cancel button).
    void cancel();
    // Comparing, or waiting for a branch's compute to start.
    bool isBusy() const;

    // The comparison shown; null before the first one finished.
    std::shared_ptr<const SchemaComparisonResult> result() const { return m_result; }
    // The banner's text, empty while it is hidden; bannerIsError() tells errors from notes.
    QString bannerText() const;
    bool bannerIsError() const { return m_bannerError; }
    // "main → feature", for the tab.
    QString title() const;

    // Selects the object with this key in the tree (showing it first if the filter hid it) and
    // shows its DDL. False when the comparison has no such object.
    bool selectObject(const QString &key);
    // The DDL shown for the selected object, as the editors hold it.
    QString ddlText(Side side) const;
    // The DDL of the selected object is still being written.
    bool isDdlPending() const { return m_ddlPending; }
    QString scriptText() const;
    // Writes the script to path; false with *error set when it could not be saved.
    bool saveScript(const QString &path, QString *error) const;

    // The parts, for tests and for the window.
    SchemaDiffModel *model() const { return m_model; }
    SchemaDiffFilterModel *filterModel() const { return m_filter; }
    QTreeView *tree() const { return m_tree; }
    SqlViewer *ddlViewer(Side side) const { return m_ddl[side == Side::From ? 0 : 1]; }
    SqlViewer *scriptViewer() const { return m_script; }
    QTreeWidget *changesList() const { return m_changes; }
    QAbstractButton *filterButton(ObjectDiff::State state) const { return m_filterButtons[size_t(state)]; }
    QPushButton *compareButton() const { return m_compareButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }

Q_SIGNALS:
    // Open in Editor: a new SQL tab on params holding text.
    void openInEditorRequested(const Pixetric::ConnectionParams &params, const QString &text, const QString &label);
    void titleChanged(const QString &title);
    void busyChanged(bool busy);
    // A comparison's result is shown (or failed() reported it could not be made).
    void resultShown();
    void comparisonFailed(const QString &message);

private:
    struct Endpoint
    {
        ConnectionParams params;
        QString label;
        QString branch; // empty for a connection string
        QString error;  // for people; the side cannot be used
        bool waiting = false; // the branch's compute is starting (or the fabric opening)
    };

    void buildUi();
    QWidget *buildPickers();
    QWidget *buildOptions();
    QWidget *buildFilters();
    QWidget *buildScriptPane();
    Endpoint resolve(Side side);
    void tryStart();
    void startComparison(const Endpoint &from, const Endpoint &to);
    void recompute();
    void comparisonFinished(const SchemaComparisonResult &result);
    void comparisonFailedWith(const QString &message);
    void stageChanged(SchemaComparison::Stage stage);
    void fabricBranchesChanged();
    void fabricOperationChanged(const OperationInfo &operation);
    void refreshPickers();
    static void setPickerText(QComboBox *combo, const QString &text);
    void updateBusy();
    void updateFilterButtons();
    void filterChanged();
    void expandShown();
    void currentChanged(const QModelIndex &current);
    void showObject(const ObjectDiff *diff);
    void showChanges(const ObjectDiff *diff);
    void updateDdlHeaders();
    void showScript();
    void copyScript();
    void saveScriptAs();
    void openScriptInEditor();
    void showBanner(const QString &text, bool error);
    void hideBanner();
    void setStatus(const QString &text);

    QPointer<Fabric> m_fabric;
    SchemaComparison *m_comparison = nullptr;
    std::shared_ptr<const SchemaComparisonResult> m_result;
    SchemaDiffModel *m_model = nullptr;
    SchemaDiffFilterModel *m_filter = nullptr;

    // Branches whose computes are being started for the comparison asked for.
    QSet<QString> m_waitingFor;
    bool m_pendingCompare = false;
    bool m_wasBusy = false;
    QTimer *m_startTimeout = nullptr;

    quint64 m_ddlGeneration = 0;
    bool m_ddlPending = false;
    QString m_shownKey;

    QLabel *m_banner = nullptr;
    QString m_bannerText;
    bool m_bannerError = false;
    std::array<QComboBox *, 2> m_pickers{};
    QPushButton *m_compareButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QToolButton *m_swapButton = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_status = nullptr;
    QCheckBox *m_ignoreOwners = nullptr;
    QCheckBox *m_ignorePrivileges = nullptr;
    QCheckBox *m_ignoreComments = nullptr;
    QCheckBox *m_ignoreWhitespace = nullptr;
    QLineEdit *m_schemas = nullptr;
    QLineEdit *m_excludedSchemas = nullptr;
    std::array<QAbstractButton *, 4> m_filterButtons{};
    QLineEdit *m_nameFilter = nullptr;
    QTimer *m_nameFilterTimer = nullptr;
    QTreeView *m_tree = nullptr;
    std::array<QLabel *, 2> m_ddlHeaders{};
    std::array<SqlViewer *, 2> m_ddl{};
    QTreeWidget *m_changes = nullptr;
    SqlViewer *m_script = nullptr;
    QLabel *m_scriptSummary = nullptr;
    QPushButton *m_copyButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_openButton = nullptr;
};

} // namespace Pixetric

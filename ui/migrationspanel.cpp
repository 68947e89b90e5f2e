#include "migrationspanel.h"

#include "conflictview.h"
#include "discardbranchdialog.h"
#include "localfabric.h"
#include "logging.h"
#include "migrationstatusmodel.h"
#include "promotedialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QThreadPool>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace Pixetric {

namespace {

const QString FolderKey = QStringLiteral("migrations/folder");
const QString RecentKey = QStringLiteral("migrations/recentFolders");
constexpr int RecentFolders = 10;
constexpr int StatusDelayMs = 50;   // status requests coming in a burst are read once
constexpr int WatchDelayMs = 400;   // editors write a file in several steps
constexpr int TickMs = 200;

const QString ErrorStyle = QStringLiteral("background:#ffd6d6; color:#7a0000; border-radius:3px;");
const QString InfoStyle = QStringLiteral("background:#e3edf8; color:#1f3b5c; border-radius:3px;");
const QString GoStyle = QStringLiteral("background:#dcf2dc; color:#1b5e20; border-radius:3px; font-weight:bold;");
const QString NoGoStyle = QStringLiteral("background:#ffd6d6; color:#7a0000; border-radius:3px; font-weight:bold;");
const QString NeutralStyle = QStringLiteral("background:palette(alternate-base); border-radius:3px;");
const QColor FailedColor(0xc6, 0x28, 0x28);
const QColor DangerColor(0xc6, 0x28, 0x28);
const QColor AdviceColor(0x9e, 0x7c, 0x00);
const QColor AddedColor(0x2e, 0x7d, 0x32);

constexpr int PreviewRole = Qt::UserRole + 1;
constexpr int FindingRole = Qt::UserRole + 2;

QIcon icon(const char *name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name)));
}

QString ms(double value)
{
    return MigrationsPanel::tr("%1 ms").arg(QLocale().toString(value, 'f', value < 100 ? 1 : 0));
}

QString localTime(const QString &iso)
{
    const QDateTime utc = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : iso;
}

QString forkStateText(const QString &state)
{
    if (state == QLatin1String("rehearsed"))
        return MigrationsPanel::tr("go");
    if (state == QLatin1String("no-go"))
        return MigrationsPanel::tr("no-go");
    if (state == QLatin1String("failed"))
        return MigrationsPanel::tr("failed");
    if (state == QLatin1String("rehearsing"))
        return MigrationsPanel::tr("rehearsing");
    if (state == QLatin1String("promoted"))
        return MigrationsPanel::tr("promoted");
    return state;
}

QString html(const QString &text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QTreeWidget *makeTree(const QStringList &headers, const QString &name, QWidget *parent)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setColumnCount(int(headers.size()));
    tree->setHeaderLabels(headers);
    tree->setUniformRowHeights(true);
    tree->setAllColumnsShowFocus(true);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    tree->header()->setStretchLastSection(true);
    return tree;
}

} // namespace

struct MigrationsPanel::Guard
{
    QPointer<MigrationsPanel> panel; // read on the GUI thread only
};

MigrationsPanel::MigrationsPanel(QWidget *parent) : QWidget(parent), m_guard(std::make_shared<Guard>())
{
    m_guard->panel = this;
    m_model = new MigrationStatusModel(this);

    m_statusTimer = new QTimer(this);
    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(StatusDelayMs);
    connect(m_statusTimer, &QTimer::timeout, this, &MigrationsPanel::startStatusRead);

    m_watcher = new QFileSystemWatcher(this);
    m_watchTimer = new QTimer(this);
    m_watchTimer->setSingleShot(true);
    m_watchTimer->setInterval(WatchDelayMs);
    connect(m_watchTimer, &QTimer::timeout, this, [this] { scheduleStatus(false); });
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_watchTimer, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_watchTimer, qOverload<>(&QTimer::start));

    m_tick = new QTimer(this);
    m_tick->setInterval(TickMs);
    connect(m_tick, &QTimer::timeout, this, &MigrationsPanel::updateElapsed);

    buildUi();
    restoreFolder();
    setFabric(nullptr);
}

MigrationsPanel::~MigrationsPanel()
{
    // Jobs still running finish on their own; what they send back finds the guard empty.
    if (m_cancel)
        m_cancel->store(true);
}

// --- Building ---------------------------------------------------------------------------------

void MigrationsPanel::buildUi()
{
    // The folder and the target, across the top.
    auto *top = new QWidget(this);
    auto *topLayout = new QHBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *folderLabel = new QLabel(tr("&Folder:"), top);
    m_folderPicker = new QComboBox(top);
    m_folderPicker->setObjectName(QStringLiteral("migrationFolder"));
    m_folderPicker->setEditable(true);
    m_folderPicker->setInsertPolicy(QComboBox::NoInsert);
    m_folderPicker->setMinimumContentsLength(24);
    m_folderPicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_folderPicker->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_folderPicker->lineEdit()->setPlaceholderText(tr("the folder of your migration files (NNNN_name.sql, Flyway, dbmate, golang-migrate)"));
    m_folderPicker->setToolTip(tr("The migration folder; press Enter after typing a path, or pick a recent one"));
    folderLabel->setBuddy(m_folderPicker);
    connect(m_folderPicker->lineEdit(), &QLineEdit::returnPressed, this, [this] { setFolder(m_folderPicker->currentText()); });
    connect(m_folderPicker, &QComboBox::activated, this, [this](int index) { setFolder(m_folderPicker->itemText(index)); });
    m_browseButton = new QPushButton(icon("open"), tr("&Browse…"), top);
    m_browseButton->setObjectName(QStringLiteral("browseMigrations"));
    m_browseButton->setToolTip(tr("Choose the migration folder"));
    connect(m_browseButton, &QPushButton::clicked, this, &MigrationsPanel::browse);
    m_targetLabel = new QLabel(top);
    m_targetLabel->setObjectName(QStringLiteral("migrationTarget"));
    m_targetLabel->setTextFormat(Qt::RichText);
    m_targetLabel->setToolTip(tr("The branch the migrations are for: the one selected in the Branches dock, else the default branch"));
    m_refreshButton = new QPushButton(icon("reconnect"), tr("Re&fresh"), top);
    m_refreshButton->setObjectName(QStringLiteral("refreshMigrations"));
    m_refreshButton->setToolTip(tr("Read the folder and the target's migration history again (starts a suspended compute)"));
    connect(m_refreshButton, &QPushButton::clicked, this, &MigrationsPanel::refresh);
    topLayout->addWidget(folderLabel);
    topLayout->addWidget(m_folderPicker, 1);
    topLayout->addWidget(m_browseButton);
    topLayout->addSpacing(12);
    topLayout->addWidget(m_targetLabel);
    topLayout->addWidget(m_refreshButton);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("migrationsSplitter"));
    split->addWidget(buildStatusPane());
    split->addWidget(buildReportPane());
    // Two fifths for the migrations, so that their names show beside the dates.
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    split->setSizes({400, 600});
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(top);
    layout->addWidget(split, 1);
}

QWidget *MigrationsPanel::buildStatusPane()
{
    auto *pane = new QWidget(this);
    m_statusBanner = new QLabel(pane);
    m_statusBanner->setObjectName(QStringLiteral("migrationStatusBanner"));
    m_statusBanner->setWordWrap(true);
    m_statusBanner->setTextFormat(Qt::RichText);
    m_statusBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusBanner->setMargin(6);
    m_statusBanner->hide();

    m_statusView = new QTreeView(pane);
    m_statusView->setObjectName(QStringLiteral("migrationStatus"));
    m_statusView->setModel(m_model);
    m_statusView->setRootIsDecorated(false);
    m_statusView->setUniformRowHeights(true);
    m_statusView->setAllColumnsShowFocus(true);
    m_statusView->setAlternatingRowColors(true);
    m_statusView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_statusView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_statusView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView *header = m_statusView->header();
    header->setStretchLastSection(false);
    // A folder holds tens or hundreds of migrations, not millions: the columns fit their texts.
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MigrationStatusModel::NameColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
    // Version, a name one can read, state, when: the pane does not get narrower than that.
    m_statusView->setMinimumWidth(QFontMetrics(m_statusView->font()).averageCharWidth() * 56);
    connect(m_statusView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MigrationsPanel::updateExplanation);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MigrationsPanel::updateExplanation);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &MigrationsPanel::updateExplanation);

    m_summary = new QLabel(pane);
    m_summary->setObjectName(QStringLiteral("migrationSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_explanation = new QLabel(pane);
    m_explanation->setObjectName(QStringLiteral("migrationExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_explanation->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_statusBanner);
    layout->addWidget(m_statusView, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_explanation);
    return pane;
}

QWidget *MigrationsPanel::buildReportPane()
{
    auto *pane = new QWidget(this);

    // Rehearse, with its progress.
    auto *runRow = new QWidget(pane);
    auto *runLayout = new QHBoxLayout(runRow);
    runLayout->setContentsMargins(0, 0, 0, 0);
    m_rehearseButton = new QPushButton(icon("run"), tr("&Rehearse on Preview"), runRow);
    m_rehearseButton->setObjectName(QStringLiteral("rehearseButton"));
    m_rehearseButton->setToolTip(tr("Make a preview branch of the target and run the pending migrations there; the target is left alone"));
    connect(m_rehearseButton, &QPushButton::clicked, this, &MigrationsPanel::rehearse);
    m_stopButton = new QPushButton(icon("stop"), tr("S&top"), runRow);
    m_stopButton->setObjectName(QStringLiteral("stopRehearsal"));
    m_stopButton->setToolTip(tr("Stop the rehearsal after the statement that runs now"));
    connect(m_stopButton, &QPushButton::clicked, this, &MigrationsPanel::stop);
    m_progress = new QProgressBar(runRow);
    m_progress->setObjectName(QStringLiteral("rehearsalProgress"));
    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_progress->setFixedWidth(140);
    m_stepLabel = new QLabel(runRow);
    m_stepLabel->setObjectName(QStringLiteral("rehearsalStep"));
    m_stepLabel->setTextFormat(Qt::PlainText);
    m_stepLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    for (QPushButton *button : {m_rehearseButton, m_stopButton})
        button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    runLayout->addWidget(m_rehearseButton);
    runLayout->addWidget(m_stopButton);
    runLayout->addStretch(1);
    // The progress has a line of its own while an action runs: the steps are long sentences.
    auto *progressRow = new QWidget(pane);
    progressRow->setObjectName(QStringLiteral("rehearsalProgressRow"));
    auto *progressLayout = new QHBoxLayout(progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progress);
    progressLayout->addWidget(m_stepLabel, 1);

    // The preview picked, and what can be done with it.
    auto *previewRow = new QWidget(pane);
    auto *previewLayout = new QHBoxLayout(previewRow);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    auto *previewLabel = new QLabel(tr("Pre&view:"), previewRow);
    m_previewPicker = new QComboBox(previewRow);
    m_previewPicker->setObjectName(QStringLiteral("previewPicker"));
    m_previewPicker->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_previewPicker->setMinimumContentsLength(24);
    m_previewPicker->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_previewPicker->setToolTip(tr("The preview branches rehearsed from the target, newest first"));
    previewLabel->setBuddy(m_previewPicker);
    connect(m_previewPicker, &QComboBox::currentIndexChanged, this, [this] {
        showSelectedPreview();
        updateActions();
    });
    m_promoteButton = new QPushButton(icon("commit"), tr("&Promote…"), previewRow);
    m_promoteButton->setObjectName(QStringLiteral("promoteButton"));
    m_promoteButton->setToolTip(tr("Apply the preview's rehearsed migrations to the target, after checking the target against the fork point"));
    connect(m_promoteButton, &QPushButton::clicked, this, &MigrationsPanel::promote);
    m_discardButton = new QPushButton(icon("branch-delete"), tr("&Discard…"), previewRow);
    m_discardButton->setObjectName(QStringLiteral("discardPreview"));
    m_discardButton->setToolTip(tr("Remove the preview branch, its compute and its fork point"));
    connect(m_discardButton, &QPushButton::clicked, this, &MigrationsPanel::discard);
    previewLayout->addWidget(previewLabel);
    previewLayout->addWidget(m_previewPicker, 1);
    previewLayout->addWidget(m_promoteButton);
    previewLayout->addWidget(m_discardButton);

    m_actionBanner = new QLabel(pane);
    m_actionBanner->setObjectName(QStringLiteral("migrationActionBanner"));
    m_actionBanner->setWordWrap(true);
    m_actionBanner->setTextFormat(Qt::RichText);
    m_actionBanner->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_actionBanner->setMargin(6);
    m_actionBanner->hide();
    connect(m_actionBanner, &QLabel::linkActivated, this, [this] { showActionMessage({}, false); });

    m_verdict = new QLabel(pane);
    m_verdict->setObjectName(QStringLiteral("rehearsalVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextFormat(Qt::PlainText);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verdict->setMargin(6);

    // The report, one tab per part.
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_tabs = new QTabWidget(pane);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_tabs->setDocumentMode(true);

    m_summaryView = new QTextBrowser(m_tabs);
    m_summaryView->setObjectName(QStringLiteral("reportSummary"));
    m_summaryView->setOpenLinks(false);
    m_tabs->addTab(m_summaryView, tr("Summary"));

    m_timings = makeTree({tr("File / statement"), tr("Time"), tr("Result")}, QStringLiteral("reportTimings"), m_tabs);
    m_timings->setFont(fixed);
    m_timings->header()->setStretchLastSection(false);
    m_timings->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_timings->header()->resizeSection(1, QFontMetrics(fixed).horizontalAdvance(ms(99999.9)) + 16);
    m_timings->header()->resizeSection(2, QFontMetrics(fixed).averageCharWidth() * 26);
    m_tabs->addTab(m_timings, tr("Timings"));

    auto *locksPane = new QWidget(m_tabs);
    m_locks = makeTree({tr("Table"), tr("Lock"), tr("Held"), tr("Rows (estimate)")}, QStringLiteral("reportLocks"), locksPane);
    m_locks->setRootIsDecorated(false);
    m_locks->setFont(fixed);
    m_locks->header()->resizeSection(0, QFontMetrics(fixed).averageCharWidth() * 34);
    m_locks->header()->resizeSection(1, QFontMetrics(fixed).averageCharWidth() * 24);
    m_locks->header()->resizeSection(2, QFontMetrics(fixed).averageCharWidth() * 12);
    auto *rewritesLabel = new QLabel(tr("Tables rewritten (their storage was written anew):"), locksPane);
    m_rewrites = new QListWidget(locksPane);
    m_rewrites->setObjectName(QStringLiteral("reportRewrites"));
    m_rewrites->setFont(fixed);
    m_rewrites->setMaximumHeight(QFontMetrics(fixed).height() * 5);
    auto *locksLayout = new QVBoxLayout(locksPane);
    locksLayout->setContentsMargins(0, 4, 0, 0);
    locksLayout->addWidget(m_locks, 3);
    locksLayout->addWidget(rewritesLabel);
    locksLayout->addWidget(m_rewrites, 1);
    m_tabs->addTab(locksPane, tr("Locks && Rewrites"));

    auto *lintPane = new QSplitter(Qt::Vertical, m_tabs);
    m_lint = makeTree({tr("Severity"), tr("Rule"), tr("Where"), tr("Object"), tr("What happens")}, QStringLiteral("reportLint"), lintPane);
    m_lint->setRootIsDecorated(false);
    {
        const QFontMetrics metrics(m_lint->font());
        m_lint->header()->resizeSection(0, metrics.averageCharWidth() * 10);
        m_lint->header()->resizeSection(1, metrics.averageCharWidth() * 30);
        m_lint->header()->resizeSection(2, metrics.averageCharWidth() * 22);
        m_lint->header()->resizeSection(3, metrics.averageCharWidth() * 18);
    }
    m_lintDetails = new QTextBrowser(lintPane);
    m_lintDetails->setObjectName(QStringLiteral("reportLintDetails"));
    connect(m_lint, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const RehearsalReport *report = shownReport();
        const int i = item ? item->data(0, FindingRole).toInt() : -1;
        if (!report || i < 0 || i >= report->lint.findings.size()) {
            m_lintDetails->clear();
            return;
        }
        const LintFinding &f = report->lint.findings.at(i);
        QString text = QStringLiteral("<p><b>%1</b> — %2:%3</p><pre>%4</pre><p>%5</p>")
                           .arg(html(f.rule), html(f.fileName))
                           .arg(f.line)
                           .arg(f.statement.toHtmlEscaped(), html(f.problem));
        if (!f.lock.isEmpty())
            text += QStringLiteral("<p>%1</p>").arg(html(tr("Lock: %1").arg(f.lock)));
        if (f.rewrite)
            text += QStringLiteral("<p>%1</p>").arg(html(tr("Rewrites the table.")));
        if (!f.dataLoss.isEmpty())
            text += QStringLiteral("<p>%1</p>").arg(html(tr("Data lost: %1").arg(f.dataLoss)));
        text += QStringLiteral("<p><b>%1</b> %2</p>").arg(html(tr("Safer:")), html(f.safer));
        text += QStringLiteral("<p style=\"color:gray\">%1</p>")
                    .arg(html(tr("To accept it, put “-- pixetric-lint: ignore %1” before the statement.").arg(f.rule)));
        m_lintDetails->setHtml(text);
    });
    lintPane->addWidget(m_lint);
    lintPane->addWidget(m_lintDetails);
    lintPane->setStretchFactor(0, 3);
    lintPane->setStretchFactor(1, 2);
    lintPane->setChildrenCollapsible(false);
    m_tabs->addTab(lintPane, tr("Lint"));

    m_changes = new QListWidget(m_tabs);
    m_changes->setObjectName(QStringLiteral("reportSchemaChanges"));
    m_changes->setFont(fixed);
    m_changes->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tabs->addTab(m_changes, tr("Schema"));
    m_tabs->setTabToolTip(m_tabs->count() - 1, tr("The schema changes the migrations made, target → preview"));

    m_conflictView = new ConflictView(m_tabs);
    m_conflictView->setObjectName(QStringLiteral("conflictView"));
    m_tabs->addTab(m_conflictView, tr("Conflict"));

    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(runRow);
    layout->addWidget(progressRow);
    layout->addWidget(previewRow);
    layout->addWidget(m_actionBanner);
    layout->addWidget(m_verdict);
    layout->addWidget(m_tabs, 1);
    return pane;
}

int MigrationsPanel::conflictTabIndex() const
{
    return m_tabs->indexOf(m_conflictView);
}

// --- Fabric, folder and target ----------------------------------------------------------------

void MigrationsPanel::setFabric(Fabric *fabric)
{
    if (m_fabric)
        disconnect(m_fabric, nullptr, this, nullptr);
    m_fabric = fabric;
    const auto *local = qobject_cast<LocalFabric *>(fabric);
    m_directory = local ? local->directory() : QString();
    // Whatever runs for the fabric before is not this fabric's any more.
    ++m_statusToken;
    ++m_actionToken;
    if (m_action != Action::None)
        endAction();
    m_statusReading = false;
    m_status = {};
    m_target.clear();
    m_reports.clear();
    m_conflicts.clear();
    m_promoted.clear();
    m_lastPreview.clear();
    m_lastTarget.clear();
    m_branchNames.clear();
    showActionMessage({}, false);
    if (m_fabric) {
        connect(m_fabric, &Fabric::branchesChanged, this, &MigrationsPanel::fabricBranchesChanged);
        connect(m_fabric, &Fabric::readyChanged, this, [this] { scheduleStatus(false); });
        connect(m_fabric, &Fabric::operationChanged, this, &MigrationsPanel::fabricOperationChanged);
        connect(m_fabric, &QObject::destroyed, this, [this] { setFabric(nullptr); });
    }
    fillPreviews();
    updateTargetLabel();
    scheduleStatus(false);
    updateActions();
}

void MigrationsPanel::restoreFolder()
{
    QSettings settings;
    const QStringList recent = settings.value(RecentKey).toStringList();
    const QSignalBlocker block(m_folderPicker);
    m_folderPicker->clear();
    m_folderPicker->addItems(recent);
    m_folder = settings.value(FolderKey).toString();
    m_folderPicker->setEditText(QDir::toNativeSeparators(m_folder));
    watchFolder();
}

void MigrationsPanel::setFolder(const QString &folder)
{
    applyFolder(folder, true);
}

void MigrationsPanel::applyFolder(const QString &folder, bool startCompute)
{
    const QString cleaned = folder.trimmed().isEmpty() ? QString() : QDir::cleanPath(QDir::fromNativeSeparators(folder.trimmed()));
    const QString absolute = cleaned.isEmpty() ? QString() : QFileInfo(cleaned).absoluteFilePath();
    m_folder = absolute;
    {
        const QSignalBlocker block(m_folderPicker);
        m_folderPicker->setEditText(QDir::toNativeSeparators(m_folder));
    }
    if (!m_folder.isEmpty() && QFileInfo(m_folder).isDir())
        rememberFolder(m_folder);
    watchFolder();
    // What was shown belongs to the folder before.
    m_model->clear();
    scheduleStatus(startCompute);
    updateActions();
}

void MigrationsPanel::rememberFolder(const QString &folder)
{
    QSettings settings;
    settings.setValue(FolderKey, folder);
    QStringList recent = settings.value(RecentKey).toStringList();
    recent.removeAll(QDir::toNativeSeparators(folder));
    recent.prepend(QDir::toNativeSeparators(folder));
    while (recent.size() > RecentFolders)
        recent.removeLast();
    settings.setValue(RecentKey, recent);
    const QSignalBlocker block(m_folderPicker);
    m_folderPicker->clear();
    m_folderPicker->addItems(recent);
    m_folderPicker->setEditText(QDir::toNativeSeparators(folder));
}

void MigrationsPanel::browse()
{
    auto *dialog = new QFileDialog(this, tr("Choose the Migration Folder"), m_folder.isEmpty() ? QDir::homePath() : m_folder);
    dialog->setObjectName(QStringLiteral("migrationFolderDialog"));
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly, true);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { setFolder(path); });
    dialog->open();
}

void MigrationsPanel::watchFolder()
{
    if (const QStringList watched = m_watcher->files() + m_watcher->directories(); !watched.isEmpty())
        m_watcher->removePaths(watched);
    if (m_folder.isEmpty() || !QFileInfo(m_folder).isDir())
        return;
    QStringList paths{m_folder};
    const QDir dir(m_folder);
    for (const QFileInfo &file : dir.entryInfoList({QStringLiteral("*.sql")}, QDir::Files))
        paths << file.absoluteFilePath();
    m_watcher->addPaths(paths);
}

void MigrationsPanel::setTarget(const QString &branch)
{
    if (branch == m_requested && !m_status.requested.isEmpty())
        return;
    m_requested = branch;
    scheduleStatus(false);
}

QString MigrationsPanel::defaultBranch() const
{
    if (!m_fabric)
        return {};
    QString first;
    for (const BranchInfo &b : m_fabric->branches()) {
        if (b.isDefault)
            return b.name;
        if (first.isEmpty())
            first = b.name;
    }
    return first;
}

QString MigrationsPanel::requestedBranch() const
{
    return m_requested.isEmpty() ? defaultBranch() : m_requested;
}

void MigrationsPanel::refresh()
{
    watchFolder();
    scheduleStatus(true);
}

void MigrationsPanel::scheduleStatus(bool startCompute)
{
    m_statusStartCompute = m_statusStartCompute || startCompute;
    m_statusTimer->start();
}

void MigrationsPanel::startStatusRead()
{
    const bool startCompute = std::exchange(m_statusStartCompute, false);
    const quint64 token = ++m_statusToken;
    if (!m_fabric || m_directory.isEmpty()) {
        m_statusReading = false;
        m_status = {};
        m_target.clear();
        if (!m_folder.isEmpty() && QFileInfo(m_folder).isDir()) {
            // The folder can still be shown; reading files is all it takes, on a pool thread.
            const QString folder = m_folder;
            runJob<MigrationSet>([folder] { return MigrationSet::read(folder); },
                                 [this, token](const MigrationSet &set) {
                                     if (token == m_statusToken)
                                         m_model->setFolder(set);
                                     updateExplanation();
                                 });
        } else {
            m_model->clear();
        }
        showStatusMessage(!m_fabric ? tr("No fabric is open, so there is no branch to rehearse migrations on. Start Pixetric Studio "
                                         "without --no-fabric (or with --fabric FOLDER) to use them.")
                                    : tr("Migrations are rehearsed on branches of a local fabric; %1 is not one.").arg(m_fabric->displayName()),
                          m_fabric != nullptr);
        fillPreviews();
        updateTargetLabel();
        updateActions();
        Q_EMIT statusShown();
        return;
    }
    if (!m_fabric->isReady()) {
        showStatusMessage(tr("Opening the fabric; the migrations show once its branches are known."), false);
        return; // readyChanged() asks again
    }
    const QString branch = requestedBranch();
    m_statusReading = true;
    updateActions();
    const QString directory = m_directory;
    const QString folder = m_folder;
    runJob<MigrationStatusRead>([directory, branch, folder, startCompute] { return MigrationJobs::readStatus(directory, branch, folder, startCompute); },
                                [this, token](const MigrationStatusRead &status) {
                                    if (token != m_statusToken)
                                        return; // a newer read is on its way
                                    statusArrived(status);
                                });
}

void MigrationsPanel::statusArrived(const MigrationStatusRead &status)
{
    m_statusReading = false;
    m_status = status;
    m_target = status.target;
    if (status.historyRead)
        m_model->setStatus(status.set, status.history);
    else
        m_model->setFolder(status.set);

    QStringList messages;
    bool error = false;
    if (m_folder.isEmpty()) {
        messages << tr("Choose the folder of your migrations (Browse…) to see their state on “%1” and rehearse them.").arg(m_target);
    } else {
        if (!status.set.problems.isEmpty()) {
            messages << tr("The folder has problems; nothing can be rehearsed until they are fixed:");
            messages << status.set.problems;
            error = true;
        } else if (status.set.files.isEmpty()) {
            messages << tr("The folder holds no migration files. Name them NNNN_name.sql (or as Flyway, dbmate or golang-migrate do).");
        }
    }
    if (!status.error.isEmpty()) {
        messages << status.error;
        error = true;
    } else if (status.suspended && !m_folder.isEmpty()) {
        messages << tr("The compute of “%1” is suspended, so its migration history is not read. Press Refresh to start it and read the "
                       "history.")
                        .arg(m_target);
    }
    showStatusMessage(messages.join(QLatin1Char('\n')), error);

    if (!status.selectPreview.isEmpty())
        m_previewToSelect = status.selectPreview;
    fillPreviews();
    updateTargetLabel();
    updateActions();
    Q_EMIT statusShown();
}

void MigrationsPanel::fabricBranchesChanged()
{
    if (!m_fabric)
        return;
    QStringList names;
    for (const BranchInfo &b : m_fabric->branches())
        names << b.name;
    bool again = names != m_branchNames;
    m_branchNames = names;
    // A suspended target whose compute was started elsewhere can now be read.
    bool found = false;
    const BranchInfo target = m_fabric->branch(m_target.isEmpty() ? requestedBranch() : m_target, &found);
    const bool running = found && target.state == BranchState::Ready && target.compute == ComputeState::Running;
    if (running && !m_targetRunning && m_status.suspended)
        again = true;
    m_targetRunning = running;
    if (again)
        scheduleStatus(false);
    updateTargetLabel();
    updateActions();
}

void MigrationsPanel::fabricOperationChanged(const OperationInfo &operation)
{
    // The preview's clone is the first long step of a rehearsal; the fabric reports its progress.
    if (m_action != Action::Rehearse || operation.kind != QLatin1String("create") || operation.isFinished()
        || operation.branch.compare(m_actionPreview, Qt::CaseInsensitive) != 0 || m_fraction >= 0.15)
        return;
    m_fraction = std::max(m_fraction, 0.05 + 0.1 * operation.progress);
    m_progress->setValue(qRound(m_fraction * 100));
    if (!operation.step.isEmpty())
        m_step = tr("creating the preview branch %1: %2").arg(m_actionPreview, operation.step);
    updateElapsed();
}

// --- Jobs -------------------------------------------------------------------------------------

template<typename Result, typename Work, typename Done>
void MigrationsPanel::runJob(Work work, Done done)
{
    // The result goes back to the GUI thread through the application object, which outlives
    // the panel; there the guard says whether the panel is still there to take it.
    MigrationJobs::pool()->start([work = std::move(work), done = std::move(done), guard = m_guard]() mutable {
        Result result = work();
        if (QCoreApplication *app = QCoreApplication::instance()) {
            QMetaObject::invokeMethod(
                app,
                [done = std::move(done), guard, result = std::move(result)]() mutable {
                    if (guard->panel)
                        done(result);
                },
                Qt::QueuedConnection);
        }
    });
}

LocalFabricEngine::Progress MigrationsPanel::progressReporter(quint64 token)
{
    // Called on the job's thread.
    return [guard = m_guard, token](double fraction, const QString &step) {
        if (QCoreApplication *app = QCoreApplication::instance()) {
            QMetaObject::invokeMethod(
                app,
                [guard, token, fraction, step] {
                    if (MigrationsPanel *panel = guard->panel)
                        panel->actionProgressed(token, fraction, step);
                },
                Qt::QueuedConnection);
        }
    };
}

void MigrationsPanel::beginAction(Action action, const QString &preview, const QString &step)
{
    m_action = action;
    m_actionPreview = preview;
    ++m_actionToken;
    m_fraction = 0;
    m_step = step;
    m_progress->setValue(0);
    m_actionClock.start();
    m_tick->start();
    showActionMessage({}, false);
    updateElapsed();
    updateActions();
    Q_EMIT busyChanged(true);
}

void MigrationsPanel::endAction()
{
    m_action = Action::None;
    m_tick->stop();
    m_cancel.reset();
    m_progress->setValue(0);
    m_step.clear();
    m_stepLabel->clear();
    updateActions();
    Q_EMIT busyChanged(false);
}

void MigrationsPanel::actionProgressed(quint64 token, double fraction, const QString &step)
{
    if (token != m_actionToken || m_action == Action::None)
        return;
    m_fraction = std::clamp(fraction, 0.0, 1.0);
    m_progress->setValue(qRound(m_fraction * 100));
    if (!step.isEmpty()) {
        m_step = step;
        m_step[0] = m_step.at(0).toUpper();
    }
    updateElapsed();
}

void MigrationsPanel::updateElapsed()
{
    if (m_action == Action::None)
        return;
    const double seconds = double(m_actionClock.elapsed()) / 1000.0;
    m_stepLabel->setText(tr("%1 … %2 s").arg(m_step, QLocale().toString(seconds, 'f', 1)));
}

QString MigrationsPanel::progressText() const
{
    return m_stepLabel->text();
}

void MigrationsPanel::rehearse()
{
    if (isBusy() || !m_fabric || m_directory.isEmpty() || m_target.isEmpty() || m_folder.isEmpty())
        return;
    const QString target = m_target;
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString preview = QStringLiteral("%1-preview-%2").arg(target, stamp);
    for (int n = 2; !m_fabric->checkNewBranchName(preview).isEmpty() && n < 100; ++n)
        preview = QStringLiteral("%1-preview-%2-%3").arg(target, stamp).arg(n);

    m_cancel = std::make_shared<std::atomic_bool>(false);
    RehearsalOptions options;
    options.preview = preview;
    beginAction(Action::Rehearse, preview, tr("Creating the preview branch %1").arg(preview));
    const quint64 token = m_actionToken;
    const QString directory = m_directory;
    const QString folder = m_folder;
    const LocalFabricEngine::Progress progress = progressReporter(token);
    runJob<RehearsalReport>(
        [directory, target, folder, options, progress, cancel = m_cancel]() mutable {
            options.run.cancel = cancel.get(); // cancel, held here, outlives the run
            return MigrationJobs::rehearse(directory, target, folder, options, progress);
        },
        [this, token](const RehearsalReport &report) { rehearsalArrived(token, report); });
}

void MigrationsPanel::stop()
{
    if (m_action != Action::Rehearse || !m_cancel)
        return;
    m_cancel->store(true);
    m_step = tr("Stopping after the statement that runs now");
    m_stopButton->setEnabled(false);
    updateElapsed();
}

void MigrationsPanel::rehearsalArrived(quint64 token, const RehearsalReport &report)
{
    if (token != m_actionToken)
        return;
    // Empty when no preview was made; such a report shows while no preview is picked.
    const QString preview = report.fork.preview;
    endAction();
    m_reports.insert(preview, report);
    m_lastPreview = preview;
    m_lastTarget = report.fork.target.isEmpty() ? m_target : report.fork.target;
    if (!preview.isEmpty()) {
        m_conflicts.remove(preview);
        m_promoted.remove(preview);
        m_previewToSelect = preview;
        // Listed at once; the status read below brings the registry's own record of it.
        if (!previewInfo(preview)) {
            PreviewBranch made;
            made.branch.name = preview;
            made.branch.parent = report.fork.target;
            made.branch.state = BranchState::Ready;
            made.fork = report.fork;
            m_status.previews.prepend(made);
        }
    }
    if (!report.made) {
        QString text = tr("No rehearsal was made: %1").arg(report.error);
        if (!report.fork.preview.isEmpty())
            text += QLatin1Char('\n') + tr("The preview %1 was left as it is; discard it with Discard…, mend the problem and rehearse again.").arg(preview);
        else
            text += QLatin1Char('\n') + tr("The target was not touched. Mend the problem and rehearse again.");
        showActionMessage(text, true);
    } else if (report.go) {
        // The verdict says it, and the summary what to do next.
        showActionMessage({}, false);
    } else {
        showActionMessage(tr("Rehearsed on %1: no-go. The reasons are below; mend the migrations and rehearse again, and discard this "
                             "preview.")
                              .arg(preview),
                          true);
    }
    qCInfo(lcMigrate) << "rehearsal on" << preview << (report.go ? "go" : "no-go") << report.error;
    // The new preview appears among the target's; the fabric's tree shows it on its next poll.
    scheduleStatus(false);
    fillPreviews();
    showSelectedPreview();
    m_tabs->setCurrentIndex(0);
    Q_EMIT rehearsalFinished(preview, report.go);
}

void MigrationsPanel::promote()
{
    const QString preview = selectedPreview();
    const PreviewBranch *info = previewInfo(preview);
    if (isBusy() || !m_fabric || !info)
        return;
    bool found = false;
    const BranchInfo target = m_fabric->branch(info->fork.target, &found);
    if (!found) {
        showActionMessage(tr("The target %1 is gone, so there is nothing to promote into. Discard the preview.").arg(info->fork.target), true);
        return;
    }
    QStringList versions;
    for (const QString &version : info->fork.versions) {
        const int row = m_model->rowOf(version);
        versions << (row >= 0 ? QStringLiteral("%1  %2").arg(version, m_model->row(row).name) : version);
    }
    auto *dialog = new PromoteDialog(preview, target.name, target.isProtected, versions, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, preview, typed = dialog->needsTypedName()] { startPromote(preview, typed); });
    dialog->open();
}

void MigrationsPanel::startPromote(const QString &preview, bool confirmedProtected)
{
    if (isBusy() || m_directory.isEmpty())
        return;
    beginAction(Action::Promote, preview, tr("Comparing %1 with its fork point").arg(preview));
    const quint64 token = m_actionToken;
    const QString directory = m_directory;
    const LocalFabricEngine::Progress progress = progressReporter(token);
    runJob<PromoteOutcome>([directory, preview, confirmedProtected, progress] {
        return MigrationJobs::promote(directory, preview, confirmedProtected, progress);
    },
                           [this, token](const PromoteOutcome &outcome) { promoteArrived(token, outcome); });
}

void MigrationsPanel::promoteArrived(quint64 token, const PromoteOutcome &outcome)
{
    if (token != m_actionToken)
        return;
    const PromoteReport &r = outcome.report;
    const QString preview = r.preview.isEmpty() ? m_actionPreview : r.preview;
    endAction();
    m_lastPreview = preview;
    if (!r.target.isEmpty())
        m_lastTarget = r.target;
    QString kind;
    if (r.outcome == PromoteReport::Outcome::Conflict) {
        kind = QStringLiteral("conflict");
        m_conflicts.insert(preview, outcome);
        // The verdict and the Conflict tab's header say it, and what to do.
        showActionMessage({}, false);
    } else if (r.outcome == PromoteReport::Outcome::Failed) {
        kind = QStringLiteral("failed");
        showActionMessage(tr("The promote of %1 did not go ahead: %2\nNothing was half-applied; mend the problem and promote again.")
                              .arg(preview, r.error),
                          true);
    } else {
        kind = QStringLiteral("promoted");
        m_conflicts.remove(preview);
        m_promoted.insert(preview, r.toText().trimmed());
        if (r.rebased)
            m_reports.insert(preview, r.rehearsal);
        // A fast-forward uses the preview up; an ordinary promote leaves it listed.
        showActionMessage(r.toText().trimmed() + QLatin1Char('\n')
                              + tr("The states on the left are those of %1 now. A preview that is still listed can be removed with "
                                   "Discard….")
                                    .arg(r.target),
                          false);
    }
    qCInfo(lcMigrate) << "promote of" << preview << kind << r.error;
    m_previewToSelect = preview;
    scheduleStatus(false); // the target's history changed
    showSelectedPreview();
    if (kind == QLatin1String("conflict"))
        m_tabs->setCurrentWidget(m_conflictView);
    Q_EMIT promoteFinished(preview, kind);
}

void MigrationsPanel::discard()
{
    const QString preview = selectedPreview();
    const PreviewBranch *info = previewInfo(preview);
    if (isBusy() || !m_fabric || !info)
        return;
    bool found = false;
    const BranchInfo branch = m_fabric->branch(preview, &found);
    const BranchInfo shown = found ? branch : info->branch;
    if (!m_fabric->children(preview).isEmpty()) {
        showActionMessage(tr("%1 has branches below it. Discard those first in the Branches dock, then the preview.").arg(preview), true);
        return;
    }
    auto *dialog = new DiscardBranchDialog(shown, {}, shown.isProtected ? QStringList{preview} : QStringList{}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, preview, unprotect = shown.isProtected] { startDiscard(preview, unprotect); });
    dialog->open();
}

void MigrationsPanel::startDiscard(const QString &preview, bool unprotect)
{
    if (isBusy() || m_directory.isEmpty())
        return;
    beginAction(Action::Discard, preview, tr("Discarding the preview %1").arg(preview));
    const quint64 token = m_actionToken;
    const QString directory = m_directory;
    runJob<QString>([directory, preview, unprotect] { return MigrationJobs::discard(directory, preview, unprotect); },
                    [this, token, preview](const QString &error) { discardArrived(token, preview, error); });
}

void MigrationsPanel::discardArrived(quint64 token, const QString &preview, const QString &error)
{
    if (token != m_actionToken)
        return;
    endAction();
    if (error.isEmpty()) {
        showActionMessage(tr("Discarded the preview %1: its branch, compute and fork point are gone.").arg(preview), false);
        m_reports.remove(preview);
        m_conflicts.remove(preview);
        m_promoted.remove(preview);
        if (m_lastPreview == preview)
            m_lastPreview.clear();
    } else {
        showActionMessage(tr("The preview %1 was not discarded: %2").arg(preview, error), true);
    }
    scheduleStatus(false);
    Q_EMIT discardFinished(preview, error);
}

// --- The preview picked and its report --------------------------------------------------------

const PreviewBranch *MigrationsPanel::previewInfo(const QString &name) const
{
    for (const PreviewBranch &p : m_status.previews) {
        if (p.branch.name == name)
            return &p;
    }
    return nullptr;
}

QStringList MigrationsPanel::previewNames() const
{
    QStringList names;
    for (int i = 0; i < m_previewPicker->count(); ++i)
        names << m_previewPicker->itemData(i, PreviewRole).toString();
    return names;
}

QString MigrationsPanel::selectedPreview() const
{
    return m_previewPicker->currentData(PreviewRole).toString();
}

bool MigrationsPanel::selectPreview(const QString &name)
{
    const int index = m_previewPicker->findData(name, PreviewRole);
    if (index < 0)
        return false;
    m_previewPicker->setCurrentIndex(index);
    return true;
}

void MigrationsPanel::fillPreviews()
{
    const QString wanted = !m_previewToSelect.isEmpty() ? m_previewToSelect : selectedPreview();
    {
        const QSignalBlocker block(m_previewPicker);
        m_previewPicker->clear();
        for (const PreviewBranch &p : std::as_const(m_status.previews)) {
            const QString text = tr("%1 — %2, %n migration(s), %3", nullptr, int(p.fork.versions.size()))
                                     .arg(p.branch.name, forkStateText(p.fork.state), localTime(p.fork.createdAt));
            m_previewPicker->addItem(text, p.branch.name);
            m_previewPicker->setItemData(m_previewPicker->count() - 1, p.branch.name, PreviewRole);
            m_previewPicker->setItemData(m_previewPicker->count() - 1,
                                         tr("Rehearsed from %1 on %2, forked at %3").arg(QDir::toNativeSeparators(p.fork.folder),
                                                                                          localTime(p.fork.createdAt), p.fork.lsn),
                                         Qt::ToolTipRole);
        }
        if (m_previewPicker->count() == 0) {
            m_previewPicker->setPlaceholderText(m_target.isEmpty() ? tr("no preview") : tr("no preview of %1 yet").arg(m_target));
        } else {
            const int index = m_previewPicker->findData(wanted, PreviewRole);
            m_previewPicker->setCurrentIndex(index >= 0 ? index : 0);
        }
    }
    if (m_previewPicker->findData(m_previewToSelect, PreviewRole) >= 0)
        m_previewToSelect.clear(); // found; later reads keep what the person picks
    showSelectedPreview();
}

QString MigrationsPanel::shownPreview() const
{
    const QString picked = selectedPreview();
    if (!picked.isEmpty())
        return picked;
    // Nothing to pick: the last result of this target stays in view.
    return m_lastTarget.compare(m_target, Qt::CaseInsensitive) == 0 ? m_lastPreview : QString();
}

const RehearsalReport *MigrationsPanel::shownReport() const
{
    const QString preview = shownPreview();
    if (preview.isEmpty() && selectedPreview().isEmpty() && m_lastTarget.compare(m_target, Qt::CaseInsensitive) != 0)
        return nullptr;
    const auto it = m_reports.constFind(preview);
    return it == m_reports.cend() ? nullptr : &*it;
}

void MigrationsPanel::showSelectedPreview()
{
    const QString preview = shownPreview();
    const PreviewBranch *info = previewInfo(preview);
    const RehearsalReport *report = shownReport();
    if (report)
        showReport(report);
    else
        showNoReport(info);

    if (const auto conflict = m_conflicts.constFind(preview); !preview.isEmpty() && conflict != m_conflicts.cend()) {
        m_conflictView->setConflict(conflict->report, conflict->conflict);
        setVerdict(tr("CONFLICT — %1 changed after %2 forked from it; nothing was touched. See the Conflict tab.")
                       .arg(conflict->report.target, preview),
                   NoGoStyle);
    } else {
        m_conflictView->clear();
    }
    if (const auto promoted = m_promoted.constFind(preview); !preview.isEmpty() && promoted != m_promoted.cend())
        setVerdict(tr("PROMOTED — %1").arg(promoted->section(QLatin1Char('\n'), 0, 0)), GoStyle);
    else if (info && info->fork.state == QLatin1String("promoted") && !m_conflicts.contains(preview))
        setVerdict(tr("PROMOTED — %1 was promoted into %2.").arg(preview, info->fork.target), GoStyle);
    m_tabs->setTabText(conflictTabIndex(), m_conflictView->hasConflict() ? tr("Conflict (%1)").arg(m_conflictView->conflictLines().size())
                                                                         : tr("Conflict"));
    updateActions(); // Promote and Discard act on the preview picked
}

void MigrationsPanel::setVerdict(const QString &text, const QString &style)
{
    m_verdict->setText(text);
    if (m_verdict->styleSheet() != style)
        m_verdict->setStyleSheet(style);
}

QString MigrationsPanel::verdictText() const
{
    return m_verdict->text();
}

QString MigrationsPanel::summaryText() const
{
    return m_summaryView->toPlainText();
}

void MigrationsPanel::showNoReport(const PreviewBranch *preview)
{
    m_timings->clear();
    m_locks->clear();
    m_rewrites->clear();
    m_lint->clear();
    m_lintDetails->clear();
    m_changes->clear();
    m_tabs->setTabText(1, tr("Timings"));
    m_tabs->setTabText(2, tr("Locks && Rewrites"));
    m_tabs->setTabText(3, tr("Lint"));
    m_tabs->setTabText(4, tr("Schema"));
    if (!preview) {
        setVerdict(m_target.isEmpty() ? tr("No rehearsal yet.")
                                      : tr("No rehearsal yet. Rehearse on Preview runs the pending migrations on a new branch of %1, "
                                           "which itself is left alone.")
                                            .arg(m_target),
                   NeutralStyle);
        m_summaryView->setHtml(QStringLiteral("<p>%1</p><p>%2</p>")
                                   .arg(html(tr("A rehearsal reports the time of every file and statement, the locks held on existing "
                                                "tables, the tables rewritten, what the linter found, the schema changes, and whether "
                                                "the migrations can go to the target.")),
                                        html(tr("Promote… then applies them to the target; Discard… removes the preview."))));
        return;
    }
    const ForkPoint &f = preview->fork;
    const bool go = f.state == QLatin1String("rehearsed");
    setVerdict(tr("%1 — %2 was rehearsed on %3 (%n migration(s)).", nullptr, int(f.versions.size()))
                   .arg(go ? tr("GO") : forkStateText(f.state).toUpper(), preview->branch.name, localTime(f.createdAt)),
               go ? GoStyle : f.state == QLatin1String("promoted") ? GoStyle : NoGoStyle);
    m_summaryView->setHtml(QStringLiteral("<p>%1</p><p>%2</p><p>%3</p>")
                               .arg(html(tr("Rehearsed from %1; forked from %2 at %3.")
                                             .arg(QDir::toNativeSeparators(f.folder), f.target, f.lsn)),
                                    html(tr("Versions: %1").arg(f.versions.isEmpty() ? tr("none") : f.versions.join(QStringLiteral(", ")))),
                                    html(tr("The full report is shown by the window that rehearsed it. Rehearse again to see one "
                                            "here, or promote or discard this preview as it is."))));
}

void MigrationsPanel::showReport(const RehearsalReport *report)
{
    const RehearsalReport &r = *report;
    const ForkPoint &f = r.fork;

    // The verdict.
    if (!r.made) {
        setVerdict(tr("NO REHEARSAL — %1").arg(r.error.section(QLatin1Char('\n'), 0, 0)), NoGoStyle);
    } else if (r.go) {
        setVerdict(tr("GO — %1 is ready to be promoted into %2.").arg(f.preview, f.target), GoStyle);
    } else {
        setVerdict(tr("NO-GO — %1").arg(r.noGo.join(QStringLiteral("; "))), NoGoStyle);
    }

    // Summary.
    int statements = 0;
    for (const FileRun &file : r.run.files)
        statements += int(file.statements.size());
    QString text;
    if (!r.made) {
        text += QStringLiteral("<p style=\"color:#7a0000\">%1</p>").arg(html(r.error));
    } else {
        text += QStringLiteral("<p>%1</p>").arg(html(tr("Rehearsal of %1 on the preview %2, forked from %3 at %4.")
                                                         .arg(QDir::toNativeSeparators(f.folder), f.preview, f.target, f.lsn)));
        if (!r.go) {
            text += QStringLiteral("<p><b>%1</b></p><ul>").arg(html(tr("No-go, because:")));
            for (const QString &reason : r.noGo)
                text += QStringLiteral("<li style=\"color:#7a0000\">%1</li>").arg(html(reason));
            text += QStringLiteral("</ul>");
        }
        const auto row = [](const QString &label, const QString &value) {
            return QStringLiteral("<tr><td style=\"padding-right:16px\">%1</td><td><tt>%2</tt></td></tr>").arg(html(label), html(value));
        };
        text += QStringLiteral("<table>");
        text += row(tr("Migrations"), tr("%n file(s), %1 statement(s), %2", nullptr, int(r.run.files.size())).arg(statements).arg(ms(r.migrationMs)));
        text += row(tr("Whole rehearsal"), ms(r.totalMs));
        if (!r.locks.isEmpty()) {
            const LockHold &longest = r.locks.constFirst();
            text += row(tr("Locks on existing tables"),
                        tr("%n lock(s); longest %1 on %2, %3", nullptr, int(r.locks.size())).arg(longest.mode, longest.relation, ms(longest.heldMs)));
        } else {
            text += row(tr("Locks on existing tables"), tr("none seen"));
        }
        text += row(tr("Tables rewritten"), r.rewrites.isEmpty() ? tr("none") : r.rewrites.join(QStringLiteral(", ")));
        text += row(tr("Lint"), tr("%1 danger, %2 advice, %3 silenced")
                                    .arg(r.lint.dangerCount())
                                    .arg(r.lint.findings.size() - r.lint.dangerCount())
                                    .arg(r.lint.silenced));
        text += row(tr("Schema changes"), QString::number(r.schemaChanges.size()));
        text += QStringLiteral("</table>");
    }
    for (const QString &note : r.notes)
        text += QStringLiteral("<p style=\"color:gray\">%1</p>").arg(html(note));
    if (r.made && r.go)
        text += QStringLiteral("<p>%1</p>").arg(html(tr("Next: Promote… checks that %1 did not change in a clashing way since the fork, "
                                                        "then applies these migrations to it in one transaction, or, when neither side "
                                                        "had writes since, puts the preview's data in its place and keeps the old data "
                                                        "as a backup branch. Discard… removes the preview.")
                                                         .arg(f.target)));
    m_summaryView->setHtml(text);

    // Timings, file by file and statement by statement.
    m_timings->clear();
    for (const FileRun &file : r.run.files) {
        QString result = file.ok ? tr("ok") : tr("FAILED");
        if (!file.inTransaction)
            result += tr(", outside a transaction");
        auto *fileItem = new QTreeWidgetItem(m_timings, {file.fileName, ms(file.ms), result});
        fileItem->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        QFont bold = fileItem->font(0);
        bold.setBold(true);
        fileItem->setFont(0, bold);
        if (!file.ok) {
            for (int c = 0; c < 3; ++c)
                fileItem->setForeground(c, FailedColor);
            fileItem->setToolTip(0, file.error);
        }
        for (const StatementRun &s : file.statements) {
            const QString sql = s.sql.simplified();
            auto *item = new QTreeWidgetItem(fileItem, {tr("line %1: %2").arg(s.line).arg(sql.left(160)), ms(s.ms),
                                                        s.ok ? s.commandTag : tr("ERROR")});
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            item->setToolTip(0, s.sql.trimmed());
            if (!s.ok) {
                for (int c = 0; c < 3; ++c)
                    item->setForeground(c, FailedColor);
                item->setToolTip(2, s.error);
                item->setText(2, tr("ERROR: %1").arg(s.error.section(QLatin1Char('\n'), 0, 0)));
            }
        }
        for (const QString &index : file.invalidIndexes) {
            auto *item = new QTreeWidgetItem(fileItem, {tr("left INVALID: %1").arg(index), QString(), tr("drop it before running again")});
            item->setForeground(0, FailedColor);
        }
    }
    if (r.made && r.run.files.isEmpty())
        new QTreeWidgetItem(m_timings, {tr("nothing was pending"), QString(), QString()});
    m_timings->expandAll();
    m_tabs->setTabText(1, tr("Timings"));

    // Locks and rewrites.
    m_locks->clear();
    for (const LockHold &h : r.locks) {
        auto *item = new QTreeWidgetItem(m_locks, {h.relation, h.mode, ms(h.heldMs), h.rows > 0 ? QLocale().toString(h.rows) : QString()});
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        if (h.mode == QLatin1String("AccessExclusiveLock"))
            item->setForeground(1, DangerColor);
    }
    if (r.locks.isEmpty())
        new QTreeWidgetItem(m_locks, {tr("none seen (a hold shorter than a sample may not show)"), QString(), QString(), QString()});
    m_rewrites->clear();
    m_rewrites->addItems(r.rewrites);
    if (r.rewrites.isEmpty())
        m_rewrites->addItem(tr("none"));
    m_tabs->setTabText(2, tr("Locks && Rewrites"));

    // Lint.
    m_lint->clear();
    m_lintDetails->clear();
    for (int i = 0; i < r.lint.findings.size(); ++i) {
        const LintFinding &finding = r.lint.findings.at(i);
        const bool danger = finding.severity == LintFinding::Severity::Danger;
        auto *item = new QTreeWidgetItem(m_lint, {danger ? tr("danger") : tr("advice"), finding.rule,
                                                  QStringLiteral("%1:%2").arg(finding.fileName).arg(finding.line), finding.object,
                                                  finding.problem});
        item->setData(0, FindingRole, i);
        item->setForeground(0, danger ? DangerColor : AdviceColor);
        item->setToolTip(4, finding.problem + QStringLiteral("\n\n") + tr("Safer: %1").arg(finding.safer));
    }
    for (const QString &problem : r.lint.problems) {
        auto *item = new QTreeWidgetItem(m_lint, {tr("problem"), QString(), QString(), QString(), problem});
        item->setData(0, FindingRole, -1);
        item->setForeground(0, DangerColor);
    }
    if (r.lint.findings.isEmpty() && r.lint.problems.isEmpty()) {
        auto *item = new QTreeWidgetItem(m_lint, {tr("—"), QString(), QString(), QString(), tr("nothing found")});
        item->setData(0, FindingRole, -1);
    }
    m_tabs->setTabText(3, tr("Lint (%1)").arg(r.lint.findings.size()));

    // Schema changes, target → preview.
    m_changes->clear();
    for (const QString &change : r.schemaChanges) {
        // The words Rehearsal writes the lines with ("added …", "dropped …", "changed …").
        auto *item = new QListWidgetItem(change, m_changes);
        if (change.startsWith(Rehearsal::tr("dropped %1").arg(QString())))
            item->setForeground(DangerColor);
        else if (change.startsWith(Rehearsal::tr("added %1").arg(QString())))
            item->setForeground(AddedColor);
    }
    if (r.made && r.schemaChanges.isEmpty())
        m_changes->addItem(tr("no change to the schema"));
    m_tabs->setTabText(4, tr("Schema (%1)").arg(r.schemaChanges.size()));
}

// --- Status side ------------------------------------------------------------------------------

void MigrationsPanel::updateTargetLabel()
{
    if (m_target.isEmpty() && requestedBranch().isEmpty()) {
        m_targetLabel->setText(tr("Target: <i>none</i>"));
        return;
    }
    const QString name = m_target.isEmpty() ? requestedBranch() : m_target;
    bool found = false;
    const BranchInfo b = m_fabric ? m_fabric->branch(name, &found) : BranchInfo();
    QStringList badges;
    if (found && b.isProtected)
        badges << tr("protected");
    if (found && b.isDefault)
        badges << tr("default");
    if (found && b.compute != ComputeState::Running)
        badges << displayName(b.compute);
    m_targetLabel->setText(badges.isEmpty() ? tr("Target: <b>%1</b>").arg(name.toHtmlEscaped())
                                            : tr("Target: <b>%1</b> (%2)").arg(name.toHtmlEscaped(), badges.join(QStringLiteral(", ")).toHtmlEscaped()));
}

void MigrationsPanel::updateExplanation()
{
    m_summary->setText(m_model->rowCount() == 0 ? QString() : m_model->summary());
    const QModelIndex current = m_statusView->currentIndex();
    if (current.isValid()) {
        const MigrationStatusRow row = m_model->row(current.row());
        QString text = row.explanation;
        if (text.isEmpty())
            text = row.path.isEmpty() ? row.fileName : QDir::toNativeSeparators(row.path);
        m_explanation->setText(text);
        return;
    }
    // Nothing selected: what needs attention, all of it (it is rarely more than a line or two).
    QStringList explanations;
    for (const MigrationStatusRow &row : m_model->rows()) {
        if (!row.explanation.isEmpty())
            explanations << row.explanation;
    }
    m_explanation->setText(explanations.join(QLatin1Char('\n')));
}

QString MigrationsPanel::explanationText() const
{
    return m_explanation->text();
}

void MigrationsPanel::updateActions()
{
    const bool usable = m_fabric && !m_directory.isEmpty() && m_fabric->isReady();
    const bool busy = isBusy();
    const bool current = !m_target.isEmpty() && m_status.requested.compare(requestedBranch(), Qt::CaseInsensitive) == 0;
    const bool folderUsable = !m_folder.isEmpty() && !m_status.set.files.isEmpty() && m_status.set.problems.isEmpty()
                              && m_status.folder == m_folder;
    m_rehearseButton->setEnabled(usable && !busy && current && folderUsable && m_status.targetBranch.state == BranchState::Ready);
    m_rehearseButton->setToolTip(
        folderUsable ? tr("Make a preview branch of %1 and run the pending migrations there; %1 is left alone").arg(m_target)
                     : tr("Choose a migration folder without problems first"));
    m_stopButton->setVisible(m_action == Action::Rehearse);
    m_stopButton->setEnabled(m_action == Action::Rehearse && m_cancel && !m_cancel->load());
    m_progress->parentWidget()->setVisible(busy);

    const PreviewBranch *info = previewInfo(selectedPreview());
    bool found = false;
    const BranchInfo live = (m_fabric && info) ? m_fabric->branch(info->branch.name, &found) : BranchInfo();
    const bool previewReady = info && (!found || live.state == BranchState::Ready);
    m_promoteButton->setEnabled(usable && !busy && previewReady && info->fork.state == QLatin1String("rehearsed"));
    m_promoteButton->setToolTip(!info ? tr("Rehearse first: a preview with a go can be promoted")
                                : info->fork.state == QLatin1String("rehearsed")
                                    ? tr("Apply the migrations rehearsed on %1 to %2").arg(info->branch.name, info->fork.target)
                                    : tr("Only a rehearsal that ended with a go can be promoted; this one is %1").arg(forkStateText(info->fork.state)));
    m_discardButton->setEnabled(usable && !busy && info && (!found || live.state != BranchState::Deleting));
    m_previewPicker->setEnabled(!busy && m_previewPicker->count() > 0);
    m_refreshButton->setEnabled(usable);
    m_folderPicker->setEnabled(!busy);
    m_browseButton->setEnabled(!busy);
}

void MigrationsPanel::fillBanner(QLabel *banner, const QString &text, bool error)
{
    if (text.isEmpty()) {
        banner->hide();
        banner->clear();
        return;
    }
    QString body;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        body += QStringLiteral("<p style=\"margin:0 0 3px 0\">%1</p>").arg(line.toHtmlEscaped());
    banner->setText(body);
    if (const QString &style = error ? ErrorStyle : InfoStyle; banner->styleSheet() != style)
        banner->setStyleSheet(style);
    banner->show();
}

void MigrationsPanel::showStatusMessage(const QString &text, bool error)
{
    m_statusMessage = text;
    m_statusMessageError = error && !text.isEmpty();
    fillBanner(m_statusBanner, text, error);
}

void MigrationsPanel::showActionMessage(const QString &text, bool error)
{
    m_actionMessage = text;
    m_actionMessageError = error && !text.isEmpty();
    fillBanner(m_actionBanner, text, error);
    if (error && !text.isEmpty())
        m_actionBanner->setText(m_actionBanner->text()
                                + QStringLiteral("<p style=\"margin:0\"><a href=\"dismiss\">%1</a></p>").arg(tr("Dismiss")));
}

} // namespace Pixetric

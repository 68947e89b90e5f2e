#include "schemadiffview.h"

#include "fabric.h"
#include "linediff.h"
#include "logging.h"
#include "schemadifffiltermodel.h"
#include "schemadiffmodel.h"
#include "sqlviewer.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace Pixetric {

namespace {

// A branch's compute normally runs within a second; a slow disk may take longer.
constexpr int ComputeStartTimeoutMs = 120'000;
// Up to this many rows shown, the tree opens completely after a comparison or a filter change.
constexpr int ExpandAllLimit = 3000;
// Attribute values longer than this show shortened in the list (the DDL panes have them whole).
constexpr int ValueDisplayLimit = 600;

const QString ApplicationName = QStringLiteral("pixetric-diff");

// A filled dot in the state's colour while its filter button is on, a ring while it is off.
QIcon stateIcon(ObjectDiff::State state, const QPalette &palette)
{
    QColor color = SchemaDiffModel::stateColor(state);
    if (!color.isValid())
        color = palette.color(QPalette::PlaceholderText);
    QIcon icon;
    for (const bool on : {true, false}) {
        QPixmap pixmap(12, 12);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        if (on) {
            p.setPen(Qt::NoPen);
            p.setBrush(color);
        } else {
            p.setPen(QPen(color, 1.5));
            p.setBrush(Qt::NoBrush);
        }
        p.drawEllipse(QRectF(1.5, 1.5, 9, 9));
        p.end();
        icon.addPixmap(pixmap, QIcon::Normal, on ? QIcon::On : QIcon::Off);
    }
    return icon;
}

QIcon icon(const char *name)
{
    // Shared, so an unchanged icon can be told by its cache key.
    static QHash<QString, QIcon> icons;
    const QString path = QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name));
    auto it = icons.find(path);
    if (it == icons.end())
        it = icons.insert(path, QIcon(path));
    return *it;
}

QIcon computeIcon(const BranchInfo &b)
{
    if (b.state != BranchState::Ready)
        return icon(b.state == BranchState::Failed ? "state-failed" : "state-starting");
    switch (b.compute) {
    case ComputeState::Running: return icon("state-running");
    case ComputeState::Suspended: return icon("state-suspended");
    case ComputeState::Starting:
    case ComputeState::Stopping: return icon("state-starting");
    case ComputeState::Failed: return icon("state-failed");
    }
    return {};
}

bool looksLikeConnectionString(const QString &text)
{
    return text.startsWith(QLatin1String("postgresql://")) || text.startsWith(QLatin1String("postgres://"))
           || text.contains(QLatin1Char('='));
}

QStringList schemaList(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,\\s]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}

bool sameOptions(const DiffOptions &a, const DiffOptions &b)
{
    return a.ignoreOwners == b.ignoreOwners && a.ignorePrivileges == b.ignorePrivileges
           && a.ignoreComments == b.ignoreComments && a.ignoreBodyWhitespace == b.ignoreBodyWhitespace
           && a.schemas == b.schemas && a.excludedSchemas == b.excludedSchemas;
}

QStringList lines(const QString &text)
{
    return text.isEmpty() ? QStringList() : text.split(QLatin1Char('\n'));
}

QString shortened(const QString &text)
{
    return text.size() > ValueDisplayLimit ? text.left(ValueDisplayLimit - 1) + QChar(0x2026) : text;
}

QString sideName(SchemaDiffView::Side side)
{
    return side == SchemaDiffView::Side::From ? SchemaDiffView::tr("FROM") : SchemaDiffView::tr("TO");
}

// What the pool thread hands back for one selected object.
struct DdlPair
{
    QString key;
    QString from; // empty when that side has no statement for it
    QString to;
    bool inFrom = false;
    bool inTo = false;
    LineDiff lines;
};

} // namespace

SchemaDiffView::SchemaDiffView(QWidget *parent) : QWidget(parent)
{
    m_comparison = new SchemaComparison(this);
    m_model = new SchemaDiffModel(this);
    m_filter = new SchemaDiffFilterModel(this);
    m_filter->setDiffModel(m_model);
    // Differences first: identical objects are usually the bulk and shown on demand.
    m_filter->setStateShown(ObjectDiff::State::Identical, false);

    m_startTimeout = new QTimer(this);
    m_startTimeout->setSingleShot(true);
    m_startTimeout->setInterval(ComputeStartTimeoutMs);
    connect(m_startTimeout, &QTimer::timeout, this, [this] {
        if (!m_pendingCompare)
            return;
        const QStringList names(m_waitingFor.cbegin(), m_waitingFor.cend());
        m_pendingCompare = false;
        m_waitingFor.clear();
        comparisonFailedWith(tr("The compute of %1 did not start within %2 seconds. See the Operations panel for what "
                                "it is doing, then press Compare again.")
                                 .arg(names.isEmpty() ? tr("the branch") : QStringLiteral("“%1”").arg(names.join(QStringLiteral("”, “"))))
                                 .arg(ComputeStartTimeoutMs / 1000));
    });

    buildUi();

    connect(m_comparison, &SchemaComparison::stageChanged, this, &SchemaDiffView::stageChanged);
    connect(m_comparison, &SchemaComparison::finished, this, &SchemaDiffView::comparisonFinished);
    connect(m_comparison, &SchemaComparison::failed, this, &SchemaDiffView::comparisonFailedWith);
    connect(m_filter, &SchemaDiffFilterModel::filterChanged, this, &SchemaDiffView::filterChanged);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { currentChanged(current); });

    updateFilterButtons();
    updateBusy();
    updateDdlHeaders();
    showScript();
    setStatus(tr("Choose two branches or connection strings and press Compare."));
}

SchemaDiffView::~SchemaDiffView()
{
    // Results still on their way are not wanted.
    disconnect(m_comparison, nullptr, this, nullptr);
    ++m_ddlGeneration;
    m_comparison->cancel();
}

void SchemaDiffView::buildUi()
{
    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("schemaDiffBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::RichText);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_banner->setMargin(6);
    m_banner->hide();
    connect(m_banner, &QLabel::linkActivated, this, [this] { hideBanner(); });

    // The object tree, with its filters above it.
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("schemaDiffTree"));
    m_tree->setModel(m_filter);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setAlternatingRowColors(true);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    {
        const QFontMetrics metrics(m_tree->font());
        int changeWidth = metrics.horizontalAdvance(m_model->headerData(SchemaDiffModel::ChangeColumn, Qt::Horizontal).toString());
        for (const auto state : {ObjectDiff::State::Identical, ObjectDiff::State::Changed, ObjectDiff::State::OnlyInFrom,
                                 ObjectDiff::State::OnlyInTo})
            changeWidth = std::max(changeWidth, metrics.horizontalAdvance(SchemaDiffModel::stateText(state)));
        header->resizeSection(SchemaDiffModel::ObjectColumn, metrics.averageCharWidth() * 42);
        header->resizeSection(SchemaDiffModel::ChangeColumn, changeWidth + 3 * metrics.averageCharWidth());
    }

    auto *treePane = new QWidget(this);
    auto *treeLayout = new QVBoxLayout(treePane);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->setSpacing(4);
    treeLayout->addWidget(buildFilters());
    treeLayout->addWidget(m_tree, 1);

    // The selected object: its DDL on both sides, and its attribute changes.
    auto *ddlPair = new QSplitter(Qt::Horizontal, this);
    ddlPair->setObjectName(QStringLiteral("schemaDiffDdlSplitter"));
    for (int i = 0; i < 2; ++i) {
        auto *pane = new QWidget(ddlPair);
        auto *layout = new QVBoxLayout(pane);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        m_ddlHeaders[size_t(i)] = new QLabel(pane);
        m_ddlHeaders[size_t(i)]->setTextFormat(Qt::PlainText);
        m_ddlHeaders[size_t(i)]->setObjectName(i == 0 ? QStringLiteral("ddlFromHeader") : QStringLiteral("ddlToHeader"));
        m_ddl[size_t(i)] = new SqlViewer(pane);
        m_ddl[size_t(i)]->setObjectName(i == 0 ? QStringLiteral("ddlFrom") : QStringLiteral("ddlTo"));
        layout->addWidget(m_ddlHeaders[size_t(i)]);
        layout->addWidget(m_ddl[size_t(i)], 1);
        ddlPair->addWidget(pane);
    }
    ddlPair->setChildrenCollapsible(false);

    m_changes = new QTreeWidget(this);
    m_changes->setObjectName(QStringLiteral("attributeChanges"));
    m_changes->setColumnCount(3);
    m_changes->setHeaderLabels({tr("Attribute"), tr("FROM"), tr("TO")});
    m_changes->setRootIsDecorated(false);
    m_changes->setAlternatingRowColors(true);
    m_changes->setWordWrap(true);
    m_changes->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_changes->header()->setStretchLastSection(true);
    m_changes->header()->resizeSection(0, QFontMetrics(m_changes->font()).averageCharWidth() * 20);

    // Top: the tree and, beside it, what changed in the selected object. Then the selected
    // object's DDL on both sides, across the whole width; then the migration script.
    auto *top = new QSplitter(Qt::Horizontal, this);
    top->setObjectName(QStringLiteral("schemaDiffTopSplitter"));
    top->addWidget(treePane);
    top->addWidget(m_changes);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    top->setChildrenCollapsible(false);

    auto *main = new QSplitter(Qt::Vertical, this);
    main->setObjectName(QStringLiteral("schemaDiffMainSplitter"));
    main->addWidget(top);
    main->addWidget(ddlPair);
    main->addWidget(buildScriptPane());
    main->setStretchFactor(0, 5);
    main->setStretchFactor(1, 3);
    main->setStretchFactor(2, 3);
    main->setChildrenCollapsible(false);

    // What is going on: a busy bar while reading or comparing, and one line of status.
    auto *statusRow = new QWidget(this);
    auto *statusLayout = new QHBoxLayout(statusRow);
    statusLayout->setContentsMargins(0, 0, 0, 0);
    m_busyBar = new QProgressBar(statusRow);
    m_busyBar->setObjectName(QStringLiteral("busyBar"));
    m_busyBar->setRange(0, 0); // no measure of how far: just that it works
    m_busyBar->setTextVisible(false);
    m_busyBar->setFixedSize(120, QFontMetrics(font()).height() * 2 / 3);
    m_status = new QLabel(statusRow);
    m_status->setObjectName(QStringLiteral("schemaDiffStatus"));
    m_status->setTextFormat(Qt::PlainText);
    statusLayout->addWidget(m_status);
    statusLayout->addWidget(m_busyBar);
    statusLayout->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addWidget(buildPickers());
    layout->addWidget(buildOptions());
    layout->addWidget(statusRow);
    layout->addWidget(m_banner);
    layout->addWidget(main, 1);
}

QWidget *SchemaDiffView::buildPickers()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 2; ++i) {
        auto *combo = new QComboBox(row);
        combo->setObjectName(i == 0 ? QStringLiteral("fromPicker") : QStringLiteral("toPicker"));
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        combo->setMinimumContentsLength(24);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        combo->lineEdit()->setPlaceholderText(tr("branch, or postgresql://user@host:port/database"));
        combo->lineEdit()->setClearButtonEnabled(true);
        combo->setToolTip(i == 0 ? tr("FROM: the database the migration starts from (the one it changes)")
                                 : tr("TO: the database the migration makes FROM look like"));
        connect(combo->lineEdit(), &QLineEdit::returnPressed, this, &SchemaDiffView::compare);
        m_pickers[size_t(i)] = combo;
        auto *label = new QLabel(i == 0 ? tr("F&ROM") : tr("T&O"), row);
        label->setBuddy(combo);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        layout->addWidget(label);
        layout->addWidget(combo, 1);
        if (i == 0) {
            m_swapButton = new QToolButton(row);
            m_swapButton->setObjectName(QStringLiteral("swapSides"));
            m_swapButton->setText(QStringLiteral("⇄"));
            m_swapButton->setToolTip(tr("Swap FROM and TO"));
            m_swapButton->setAutoRaise(true);
            connect(m_swapButton, &QToolButton::clicked, this, [this] {
                setSides(sideText(Side::To), sideText(Side::From));
            });
            layout->addWidget(m_swapButton);
        }
    }
    m_compareButton = new QPushButton(icon("run"), tr("&Compare"), row);
    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    m_compareButton->setDefault(true);
    m_compareButton->setToolTip(tr("Read both schemas and compare them"));
    connect(m_compareButton, &QPushButton::clicked, this, &SchemaDiffView::compare);
    m_cancelButton = new QPushButton(icon("stop"), tr("Cance&l"), row);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_cancelButton->setToolTip(tr("Stop waiting for this comparison; its result is thrown away"));
    connect(m_cancelButton, &QPushButton::clicked, this, &SchemaDiffView::cancel);
    layout->addWidget(m_compareButton);
    layout->addWidget(m_cancelButton);
    return row;
}

QWidget *SchemaDiffView::buildOptions()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *ignore = new QLabel(tr("Ignore:"), row);
    layout->addWidget(ignore);
    const auto checkBox = [&](const QString &text, const QString &name, const QString &tip) {
        auto *box = new QCheckBox(text, row);
        box->setObjectName(name);
        box->setToolTip(tip);
        connect(box, &QCheckBox::toggled, this, &SchemaDiffView::recompute);
        layout->addWidget(box);
        return box;
    };
    m_ignoreOwners = checkBox(tr("o&wners"), QStringLiteral("ignoreOwners"), tr("Objects owned by different roles count as the same"));
    m_ignorePrivileges = checkBox(tr("&privileges"), QStringLiteral("ignorePrivileges"), tr("GRANTs and default privileges are not compared"));
    m_ignoreComments = checkBox(tr("co&mments"), QStringLiteral("ignoreComments"), tr("COMMENT ON texts are not compared"));
    m_ignoreWhitespace = checkBox(tr("white &space"), QStringLiteral("ignoreWhitespace"),
                                  tr("Routine bodies and view definitions compare with runs of white space as one space"));
    layout->addSpacing(12);
    const auto lineEdit = [&](const QString &labelText, const QString &name, const QString &placeholder, const QString &tip) {
        auto *label = new QLabel(labelText, row);
        auto *edit = new QLineEdit(row);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        edit->setToolTip(tip);
        edit->setClearButtonEnabled(true);
        label->setBuddy(edit);
        connect(edit, &QLineEdit::editingFinished, this, &SchemaDiffView::recompute);
        layout->addWidget(label);
        layout->addWidget(edit, 1);
        return edit;
    };
    m_schemas = lineEdit(tr("&Include schemas:"), QStringLiteral("schemas"), tr("all"),
                         tr("Compare only these schemas (names separated by commas or spaces)"));
    m_excludedSchemas = lineEdit(tr("E&xclude:"), QStringLiteral("excludedSchemas"), tr("none"),
                                 tr("Never compare these schemas (names separated by commas or spaces)"));
    return row;
}

QWidget *SchemaDiffView::buildFilters()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    const std::array<const char *, 4> names{"filterIdentical", "filterChanged", "filterOnlyInFrom", "filterOnlyInTo"};
    const std::array<QString, 4> tips{tr("Show objects that are the same on both sides"),
                                      tr("Show objects that exist on both sides and differ"),
                                      tr("Show objects that only FROM has (the migration drops them)"),
                                      tr("Show objects that only TO has (the migration creates them)")};
    for (int i = 0; i < 4; ++i) {
        const auto state = ObjectDiff::State(i);
        auto *button = new QToolButton(row);
        button->setObjectName(QLatin1String(names[size_t(i)]));
        button->setCheckable(true);
        button->setChecked(m_filter->isStateShown(state));
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIcon(stateIcon(state, palette()));
        button->setToolTip(tips[size_t(i)]);
        connect(button, &QToolButton::toggled, this, [this, state](bool on) { m_filter->setStateShown(state, on); });
        m_filterButtons[size_t(i)] = button;
        layout->addWidget(button);
    }
    layout->addSpacing(8);
    m_nameFilter = new QLineEdit(row);
    m_nameFilter->setObjectName(QStringLiteral("nameFilter"));
    m_nameFilter->setPlaceholderText(tr("Filter by name…"));
    m_nameFilter->setClearButtonEnabled(true);
    m_nameFilterTimer = new QTimer(this);
    m_nameFilterTimer->setSingleShot(true);
    m_nameFilterTimer->setInterval(200); // a large tree is filtered once typing pauses
    connect(m_nameFilter, &QLineEdit::textChanged, m_nameFilterTimer, qOverload<>(&QTimer::start));
    connect(m_nameFilterTimer, &QTimer::timeout, this, [this] { m_filter->setNameFilter(m_nameFilter->text()); });
    layout->addWidget(m_nameFilter, 1);
    return row;
}

QWidget *SchemaDiffView::buildScriptPane()
{
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    auto *bar = new QHBoxLayout;
    auto *title = new QLabel(tr("Migration script"), pane);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_scriptSummary = new QLabel(pane);
    m_scriptSummary->setObjectName(QStringLiteral("scriptSummary"));
    m_copyButton = new QPushButton(icon("copy"), tr("Cop&y"), pane);
    m_copyButton->setObjectName(QStringLiteral("copyScript"));
    m_copyButton->setToolTip(tr("Copy the whole script to the clipboard"));
    connect(m_copyButton, &QPushButton::clicked, this, &SchemaDiffView::copyScript);
    m_saveButton = new QPushButton(icon("save"), tr("S&ave…"), pane);
    m_saveButton->setObjectName(QStringLiteral("saveScript"));
    m_saveButton->setToolTip(tr("Save the script as an .sql file"));
    connect(m_saveButton, &QPushButton::clicked, this, &SchemaDiffView::saveScriptAs);
    m_openButton = new QPushButton(icon("tab-new"), tr("Open in &Editor"), pane);
    m_openButton->setObjectName(QStringLiteral("openScript"));
    m_openButton->setToolTip(tr("Open the script in a new SQL tab connected to FROM, to review and run it"));
    connect(m_openButton, &QPushButton::clicked, this, &SchemaDiffView::openScriptInEditor);
    bar->addWidget(title);
    bar->addSpacing(8);
    bar->addWidget(m_scriptSummary, 1);
    bar->addWidget(m_copyButton);
    bar->addWidget(m_saveButton);
    bar->addWidget(m_openButton);
    m_script = new SqlViewer(pane);
    m_script->setObjectName(QStringLiteral("migrationScript"));
    layout->addLayout(bar);
    layout->addWidget(m_script, 1);
    return pane;
}

// --- Sides and fabric -------------------------------------------------------------------------

void SchemaDiffView::setFabric(Fabric *fabric)
{
    if (m_fabric == fabric)
        return;
    if (m_fabric)
        disconnect(m_fabric, nullptr, this, nullptr);
    m_fabric = fabric;
    if (fabric) {
        connect(fabric, &Fabric::branchesChanged, this, &SchemaDiffView::fabricBranchesChanged);
        connect(fabric, &Fabric::readyChanged, this, &SchemaDiffView::fabricBranchesChanged);
        connect(fabric, &Fabric::operationChanged, this, &SchemaDiffView::fabricOperationChanged);
    }
    refreshPickers();
}

void SchemaDiffView::setSides(const QString &from, const QString &to)
{
    setPickerText(m_pickers[0], from);
    setPickerText(m_pickers[1], to);
}

void SchemaDiffView::setPickerText(QComboBox *combo, const QString &text)
{
    // The current item follows the text: QComboBox puts the current item's text back into the
    // line edit whenever that item changes (a new compute state icon).
    const int index = combo->findText(text, Qt::MatchExactly);
    combo->setCurrentIndex(index);
    if (combo->currentText() != text)
        combo->setEditText(text);
}

QString SchemaDiffView::sideText(Side side) const
{
    return m_pickers[side == Side::From ? 0 : 1]->currentText().trimmed();
}

void SchemaDiffView::refreshPickers()
{
    const QList<BranchInfo> branches = m_fabric ? m_fabric->branches() : QList<BranchInfo>();
    QStringList names;
    names.reserve(branches.size());
    for (const BranchInfo &b : branches)
        names << b.name;
    for (QComboBox *combo : m_pickers) {
        const QString text = combo->currentText();
        QStringList listed;
        for (int i = 0; i < combo->count(); ++i)
            listed << combo->itemText(i);
        const QSignalBlocker block(combo);
        if (listed != names) {
            // Rebuilt only when the names change: the fabric refreshes every second.
            combo->clear();
            for (const BranchInfo &b : branches)
                combo->addItem(computeIcon(b), b.name);
        } else {
            for (int i = 0; i < branches.size(); ++i) {
                const QIcon state = computeIcon(branches.at(i));
                if (combo->itemIcon(i).cacheKey() != state.cacheKey())
                    combo->setItemIcon(i, state);
            }
        }
        // What the person typed stays, also while they type.
        if (combo->currentText() != text)
            setPickerText(combo, text);
    }
    // First sight of the branches: FROM the default branch, TO the newest other one.
    if (!branches.isEmpty() && sideText(Side::From).isEmpty() && sideText(Side::To).isEmpty()) {
        QString from = branches.first().name;
        for (const BranchInfo &b : branches) {
            if (b.isDefault)
                from = b.name;
        }
        QString to;
        QDateTime newest;
        for (const BranchInfo &b : branches) {
            if (b.name != from && (to.isEmpty() || b.createdAt > newest)) {
                to = b.name;
                newest = b.createdAt;
            }
        }
        setSides(from, to);
    }
}

SchemaDiffView::Endpoint SchemaDiffView::resolve(Side side)
{
    Endpoint e;
    const QString text = sideText(side);
    const QString name = sideName(side);
    if (text.isEmpty()) {
        e.error = tr("Choose what to compare as %1: a branch, or a postgresql:// URI.").arg(name);
        return e;
    }
    if (looksLikeConnectionString(text)) {
        QString error;
        if (!ConnectionParams::parse(text, &e.params, &error)) {
            e.error = tr("%1 is not a connection string libpq accepts: %2\nUse postgresql://user@host:port/database or "
                         "key=value pairs.")
                          .arg(name, error.trimmed());
            return e;
        }
        if (!e.params.contains(QStringLiteral("application_name")))
            e.params.set(QStringLiteral("application_name"), ApplicationName);
        e.label = e.params.displayName();
        return e;
    }
    e.branch = text;
    e.label = text;
    if (!m_fabric) {
        e.error = tr("%1: “%2” is no connection string, and no fabric is open to find it as a branch. Enter a "
                     "postgresql:// URI.")
                      .arg(name, text);
        return e;
    }
    if (!m_fabric->isReady()) {
        e.waiting = true; // the branch list is not there yet
        return e;
    }
    bool found = false;
    const BranchInfo b = m_fabric->branch(text, &found);
    if (!found) {
        e.error = tr("%1: there is no branch “%2”. Pick one from the list, or enter a postgresql:// URI.").arg(name, text);
        return e;
    }
    switch (b.state) {
    case BranchState::Ready:
        break;
    case BranchState::Creating:
    case BranchState::Resetting:
        e.waiting = true;
        return e;
    case BranchState::Deleting:
        e.error = tr("%1: branch “%2” is being deleted.").arg(name, text);
        return e;
    case BranchState::Failed:
        e.error = tr("%1: branch “%2” cannot be used after a failed operation; retry or delete it in the Operations panel.")
                      .arg(name, text);
        return e;
    }
    if (b.compute != ComputeState::Running) {
        e.waiting = true;
        return e;
    }
    const ConnectionInfo info = m_fabric->connectionInfo(text);
    if (!info.isValid()) {
        e.error = tr("%1: branch “%2” has no connection yet; wait until it is ready.").arg(name, text);
        return e;
    }
    e.params = info.params(ApplicationName);
    return e;
}

void SchemaDiffView::compare()
{
    m_waitingFor.clear();
    m_pendingCompare = true;
    hideBanner();
    tryStart();
}

void SchemaDiffView::tryStart()
{
    if (!m_pendingCompare)
        return;
    const Endpoint from = resolve(Side::From);
    const Endpoint to = resolve(Side::To);
    QStringList errors;
    for (const Endpoint *e : {&from, &to}) {
        if (!e->error.isEmpty())
            errors << e->error;
    }
    if (!errors.isEmpty()) {
        m_pendingCompare = false;
        m_waitingFor.clear();
        m_startTimeout->stop();
        comparisonFailedWith(errors.join(QLatin1Char('\n')));
        return;
    }
    if (from.waiting || to.waiting) {
        QStringList starting;
        for (const Endpoint *e : {&from, &to}) {
            if (!e->waiting || !m_fabric->isReady())
                continue;
            starting << QStringLiteral("“%1”").arg(e->branch);
            if (m_waitingFor.contains(e->branch))
                continue;
            m_waitingFor.insert(e->branch);
            const BranchInfo b = m_fabric->branch(e->branch);
            if (b.state == BranchState::Ready && b.compute != ComputeState::Starting) {
                qCInfo(lcUi) << "schema diff starts the compute of" << e->branch;
                m_fabric->startCompute(e->branch);
            }
        }
        starting.removeDuplicates();
        showBanner(starting.isEmpty() ? tr("Opening the fabric; the comparison begins when its branches are known.")
                                      : tr("Starting the compute of %1; the comparison begins when it runs.")
                                            .arg(starting.join(tr(" and "))),
                   false);
        if (!m_startTimeout->isActive())
            m_startTimeout->start();
        updateBusy();
        return;
    }
    m_pendingCompare = false;
    m_waitingFor.clear();
    m_startTimeout->stop();
    hideBanner();
    startComparison(from, to);
}

void SchemaDiffView::startComparison(const Endpoint &from, const Endpoint &to)
{
    m_comparison->start(from.params, from.label, to.params, to.label, options());
    Q_EMIT titleChanged(tr("Schema diff: %1 → %2").arg(from.label, to.label));
    updateBusy();
}

void SchemaDiffView::fabricBranchesChanged()
{
    refreshPickers();
    if (m_pendingCompare)
        tryStart();
}

void SchemaDiffView::fabricOperationChanged(const OperationInfo &operation)
{
    if (!m_pendingCompare || operation.kind != QLatin1String("start") || !m_waitingFor.contains(operation.branch))
        return;
    if (operation.state != OperationInfo::State::Failed && operation.state != OperationInfo::State::RolledBack)
        return;
    m_pendingCompare = false;
    m_waitingFor.clear();
    m_startTimeout->stop();
    comparisonFailedWith(tr("The compute of “%1” did not start: %2\nSee the Operations panel, then press Compare again.")
                             .arg(operation.branch, operation.error.isEmpty() ? tr("no reason given") : operation.error));
}

void SchemaDiffView::cancel()
{
    const bool wasBusy = isBusy();
    m_pendingCompare = false;
    m_waitingFor.clear();
    m_startTimeout->stop();
    m_comparison->cancel();
    hideBanner();
    updateBusy();
    if (wasBusy)
        setStatus(tr("Cancelled. Press Compare to start again."));
}

bool SchemaDiffView::isBusy() const
{
    return m_pendingCompare || m_comparison->isRunning();
}

// --- Options ----------------------------------------------------------------------------------

DiffOptions SchemaDiffView::options() const
{
    DiffOptions o;
    o.ignoreOwners = m_ignoreOwners->isChecked();
    o.ignorePrivileges = m_ignorePrivileges->isChecked();
    o.ignoreComments = m_ignoreComments->isChecked();
    o.ignoreBodyWhitespace = m_ignoreWhitespace->isChecked();
    o.schemas = schemaList(m_schemas->text());
    o.excludedSchemas = schemaList(m_excludedSchemas->text());
    return o;
}

void SchemaDiffView::setOptions(const DiffOptions &o)
{
    {
        // One recomputation for the lot, not one per box.
        const QSignalBlocker b1(m_ignoreOwners), b2(m_ignorePrivileges), b3(m_ignoreComments), b4(m_ignoreWhitespace);
        m_ignoreOwners->setChecked(o.ignoreOwners);
        m_ignorePrivileges->setChecked(o.ignorePrivileges);
        m_ignoreComments->setChecked(o.ignoreComments);
        m_ignoreWhitespace->setChecked(o.ignoreBodyWhitespace);
        m_schemas->setText(o.schemas.join(QStringLiteral(", ")));
        m_excludedSchemas->setText(o.excludedSchemas.join(QStringLiteral(", ")));
    }
    recompute();
}

void SchemaDiffView::recompute()
{
    // New options apply to the schemas already read; a comparison under way picks them up
    // when it is done (comparisonFinished).
    if (!m_result || isBusy() || sameOptions(options(), m_result->options))
        return;
    m_comparison->recompare(*m_result, options());
    updateBusy();
}

// --- Results ----------------------------------------------------------------------------------

void SchemaDiffView::stageChanged(SchemaComparison::Stage stage)
{
    switch (stage) {
    case SchemaComparison::Stage::Reading:
        setStatus(tr("Reading both schemas…"));
        break;
    case SchemaComparison::Stage::Comparing:
        setStatus(tr("Comparing…"));
        break;
    case SchemaComparison::Stage::Idle:
        break;
    }
    updateBusy();
}

void SchemaDiffView::comparisonFinished(const SchemaComparisonResult &result)
{
    const QString keep = m_shownKey;
    m_result = std::make_shared<const SchemaComparisonResult>(result);
    m_model->setDiff(result.diff);
    updateFilterButtons();
    expandShown();
    showScript();

    QStringList notes = result.notes;
    if (!result.migration.error.isEmpty())
        showBanner(tr("No migration script could be made: %1").arg(result.migration.error), true);
    else if (!notes.isEmpty())
        showBanner(notes.join(QLatin1Char('\n')), false);
    else
        hideBanner();

    const int differing = int(result.diff.objects.size()) - m_model->stateCount(ObjectDiff::State::Identical);
    const QString seconds = QString::number(double(result.readMillis + result.compareMillis) / 1000.0, 'f', 1);
    setStatus(differing == 0 ? tr("The schemas are the same: %n object(s) compared in %1 s.", nullptr, m_model->objectCount()).arg(seconds)
                             : tr("%n object(s) compared in %1 s: ", nullptr, m_model->objectCount()).arg(seconds)
                                   + tr("%n with differences.", nullptr, differing));

    // The object shown before stays shown (new options) if the filter shows it; else the
    // first difference.
    const QModelIndex kept = keep.isEmpty() ? QModelIndex() : m_filter->mapFromSource(m_model->indexOfKey(keep));
    if (kept.isValid()) {
        m_tree->setCurrentIndex(kept); // current after the reset: its DDL is written anew
        m_tree->scrollTo(kept);
    } else {
        QModelIndex first;
        QList<QModelIndex> pending;
        for (int r = m_filter->rowCount() - 1; r >= 0; --r)
            pending << m_filter->index(r, 0);
        while (!pending.isEmpty() && !first.isValid()) {
            const QModelIndex at = pending.takeLast();
            const ObjectDiff *d = m_filter->objectDiff(at);
            if (d && d->state != ObjectDiff::State::Identical)
                first = at;
            for (int r = m_filter->rowCount(at) - 1; r >= 0; --r)
                pending << m_filter->index(r, 0, at);
        }
        if (first.isValid()) {
            m_tree->setCurrentIndex(first);
            m_tree->scrollTo(first);
        } else {
            m_tree->setCurrentIndex({});
            showObject(nullptr);
        }
    }
    updateBusy();
    Q_EMIT resultShown();
    // The options changed while this one was being made.
    recompute();
}

void SchemaDiffView::comparisonFailedWith(const QString &message)
{
    showBanner(message + QLatin1Char('\n')
                   + tr("Check that both servers run and that the branch names or connection strings are right, then press "
                        "Compare again."),
               true);
    setStatus(tr("The comparison failed."));
    updateBusy();
    Q_EMIT comparisonFailed(message);
}

void SchemaDiffView::updateBusy()
{
    const bool busy = isBusy();
    m_busyBar->setVisible(busy);
    m_cancelButton->setEnabled(busy);
    if (m_pendingCompare && !m_comparison->isRunning())
        setStatus(tr("Waiting for the computes…"));
    if (m_wasBusy != busy) {
        m_wasBusy = busy;
        Q_EMIT busyChanged(busy);
    }
}

void SchemaDiffView::updateFilterButtons()
{
    const std::array<QString, 4> labels{tr("Identical"), tr("Different"), tr("Only in FROM"), tr("Only in TO")};
    for (int i = 0; i < 4; ++i) {
        m_filterButtons[size_t(i)]->setText(
            tr("%1 %2", "filter button: name, count").arg(labels[size_t(i)]).arg(m_model->stateCount(ObjectDiff::State(i))));
    }
}

void SchemaDiffView::filterChanged()
{
    expandShown();
}

void SchemaDiffView::expandShown()
{
    if (m_filter->shownObjectCount() <= ExpandAllLimit) {
        m_tree->expandAll();
        return;
    }
    for (int r = 0; r < m_filter->rowCount(); ++r)
        m_tree->expand(m_filter->index(r, 0));
}

bool SchemaDiffView::selectObject(const QString &key)
{
    const QModelIndex source = m_model->indexOfKey(key);
    if (!source.isValid())
        return false;
    QModelIndex proxy = m_filter->mapFromSource(source);
    if (!proxy.isValid()) {
        // Hidden by the filter: show its state (and clear the name filter) so it can be seen.
        const ObjectDiff *d = m_model->objectDiff(source);
        m_nameFilter->clear();
        m_nameFilterTimer->stop();
        m_filter->setNameFilter({});
        m_filterButtons[size_t(d->state)]->setChecked(true);
        proxy = m_filter->mapFromSource(source);
        if (!proxy.isValid())
            return false;
    }
    m_tree->setCurrentIndex(proxy);
    m_tree->scrollTo(proxy);
    // setCurrentIndex does nothing when it already is the current one; the DDL may be stale.
    if (m_shownKey != key)
        showObject(m_model->objectDiff(source));
    return true;
}

void SchemaDiffView::currentChanged(const QModelIndex &current)
{
    showObject(m_filter->objectDiff(current));
}

void SchemaDiffView::showObject(const ObjectDiff *diff)
{
    showChanges(diff);
    const quint64 token = ++m_ddlGeneration;
    if (!diff || !m_result) {
        m_shownKey.clear();
        m_ddlPending = false;
        for (SqlViewer *viewer : m_ddl)
            viewer->setSql({});
        updateDdlHeaders();
        return;
    }
    m_shownKey = diff->key;
    m_ddlPending = true;
    updateDdlHeaders();
    // A table of many columns or a long routine body takes a while to write and to compare
    // line by line: done on a pool thread, the result dropped if another object was chosen
    // meanwhile.
    QtConcurrent::run([result = m_result, key = diff->key] {
        DdlPair pair;
        pair.key = key;
        if (const ObjectDiff *d = result->diff.find(key)) {
            pair.inFrom = d->from.has_value();
            pair.inTo = d->to.has_value();
        }
        pair.from = result->ddl(key, Side::From);
        pair.to = result->ddl(key, Side::To);
        pair.lines = LineDiff::compare(lines(pair.from), lines(pair.to));
        return pair;
    }).then(this, [this, token](const DdlPair &pair) {
        if (token != m_ddlGeneration)
            return;
        m_ddlPending = false;
        const auto show = [&](Side side, const QString &text, bool exists, const QList<int> &marked) {
            SqlViewer *viewer = ddlViewer(side);
            if (text.isEmpty()) {
                viewer->setSql(exists ? tr("-- no statement of its own: it comes with the object it belongs to")
                                      : tr("-- not in %1 (%2)").arg(sideName(side), m_result->label(side)));
                return;
            }
            viewer->setSql(text);
            viewer->markLines(marked, SchemaDiffModel::stateColor(side == Side::From ? ObjectDiff::State::OnlyInFrom
                                                                                     : ObjectDiff::State::OnlyInTo));
        };
        show(Side::From, pair.from, pair.inFrom, pair.lines.fromLines);
        show(Side::To, pair.to, pair.inTo, pair.lines.toLines);
        updateDdlHeaders();
    });
}

void SchemaDiffView::showChanges(const ObjectDiff *diff)
{
    m_changes->clear();
    if (!diff)
        return;
    const auto note = [this](const QString &text) {
        auto *item = new QTreeWidgetItem(m_changes, {text});
        item->setFirstColumnSpanned(true);
        item->setForeground(0, palette().color(QPalette::PlaceholderText));
    };
    switch (diff->state) {
    case ObjectDiff::State::Identical:
        note(tr("No attribute differs."));
        return;
    case ObjectDiff::State::OnlyInFrom:
        note(tr("Only FROM has this object: the migration drops it."));
        return;
    case ObjectDiff::State::OnlyInTo:
        note(tr("Only TO has this object: the migration creates it."));
        return;
    case ObjectDiff::State::Changed:
        break;
    }
    QList<QTreeWidgetItem *> items;
    for (const AttributeChange &c : diff->changes) {
        const QString from = AttributeChange::text(c.from);
        const QString to = AttributeChange::text(c.to);
        auto *item = new QTreeWidgetItem({c.name, shortened(from), shortened(to)});
        item->setToolTip(1, shortened(from));
        item->setToolTip(2, shortened(to));
        item->setForeground(1, SchemaDiffModel::stateColor(ObjectDiff::State::OnlyInFrom));
        item->setForeground(2, SchemaDiffModel::stateColor(ObjectDiff::State::OnlyInTo));
        items << item;
    }
    m_changes->addTopLevelItems(items);
}

void SchemaDiffView::updateDdlHeaders()
{
    for (const Side side : {Side::From, Side::To}) {
        QString text = m_result ? tr("%1 · %2").arg(sideName(side), m_result->label(side)) : sideName(side);
        if (m_ddlPending)
            text += tr(" — writing…");
        m_ddlHeaders[side == Side::From ? 0 : 1]->setText(text);
    }
}

QString SchemaDiffView::ddlText(Side side) const
{
    return ddlViewer(side)->text();
}

// --- Script -----------------------------------------------------------------------------------

void SchemaDiffView::showScript()
{
    const QString script = m_result ? m_result->script : QString();
    m_script->setSql(script);
    const bool any = !script.isEmpty();
    m_copyButton->setEnabled(any);
    m_saveButton->setEnabled(any);
    m_openButton->setEnabled(any && m_result && m_result->migration.error.isEmpty());
    if (!m_result) {
        m_scriptSummary->setText(tr("Compare to see the statements that turn FROM into TO."));
    } else if (!m_result->migration.error.isEmpty()) {
        m_scriptSummary->setText(tr("No script: %1").arg(m_result->migration.error));
    } else if (m_result->migration.isEmpty()) {
        m_scriptSummary->setText(tr("Nothing to migrate: FROM already looks like TO."));
    } else {
        QString text = tr("%n statement(s)", nullptr, int(m_result->migration.steps.size()));
        if (const int lose = m_result->migration.destructiveCount())
            text += tr("; %n of them lose data", nullptr, lose);
        if (!m_result->migration.warnings.isEmpty())
            text += tr("; %n note(s) in the header", nullptr, int(m_result->migration.warnings.size()));
        m_scriptSummary->setText(text);
    }
}

QString SchemaDiffView::scriptText() const
{
    return m_script->text();
}

void SchemaDiffView::copyScript()
{
    if (!m_result || m_result->script.isEmpty())
        return;
    QApplication::clipboard()->setText(m_result->script);
    setStatus(tr("The migration script is on the clipboard."));
}

bool SchemaDiffView::saveScript(const QString &path, QString *error) const
{
    QSaveFile file(path);
    const QByteArray bytes = (m_result ? m_result->script : QString()).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

void SchemaDiffView::saveScriptAs()
{
    if (!m_result || m_result->script.isEmpty())
        return;
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_.-]+"));
    const auto part = [](const QString &label) {
        QString text = label;
        text.replace(unsafe, QStringLiteral("_"));
        return text;
    };
    const QString suggestion = QDir::home().filePath(
        QStringLiteral("migration-%1-to-%2.sql").arg(part(m_result->fromLabel), part(m_result->toLabel)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Migration Script"), suggestion,
                                                      tr("SQL files (*.sql);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveScript(path, &error)) {
        QMessageBox::warning(this, tr("Save Migration Script"),
                             tr("Could not save %1: %2\nChoose another place; the script is still here.").arg(path, error));
        return;
    }
    setStatus(tr("Saved the migration script to %1.").arg(QDir::toNativeSeparators(path)));
}

void SchemaDiffView::openScriptInEditor()
{
    if (!m_result || m_result->script.isEmpty())
        return;
    Q_EMIT openInEditorRequested(m_result->fromParams, m_result->script,
                                 tr("Migration %1 → %2").arg(m_result->fromLabel, m_result->toLabel));
}

// --- Banner and status ------------------------------------------------------------------------

void SchemaDiffView::showBanner(const QString &text, bool error)
{
    static const QString errorStyle = QStringLiteral("background:#ffd6d6; color:#7a0000; border-radius:3px;");
    static const QString infoStyle = QStringLiteral("background:#e3edf8; color:#1f3b5c; border-radius:3px;");
    m_bannerText = text;
    m_bannerError = error;
    QString html;
    for (const QString &line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        html += QStringLiteral("<p style=\"margin:0 0 3px 0\">%1</p>").arg(line.toHtmlEscaped());
    if (error)
        html += QStringLiteral("<p style=\"margin:0\"><a href=\"dismiss\">%1</a></p>").arg(tr("Dismiss"));
    m_banner->setText(html);
    m_banner->setStyleSheet(error ? errorStyle : infoStyle);
    m_banner->show();
}

void SchemaDiffView::hideBanner()
{
    m_bannerText.clear();
    m_bannerError = false;
    m_banner->hide();
}

QString SchemaDiffView::bannerText() const
{
    return m_bannerText;
}

QString SchemaDiffView::title() const
{
    return m_result ? tr("Schema diff: %1 → %2").arg(m_result->fromLabel, m_result->toLabel) : tr("Schema diff");
}

void SchemaDiffView::setStatus(const QString &text)
{
    m_status->setText(text);
}

} // namespace Pixetric

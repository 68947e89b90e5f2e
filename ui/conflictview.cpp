#include "conflictview.h"

#include "sqlviewer.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Pixetric {

namespace {

const QColor ConflictColor(0xc6, 0x28, 0x28);
const QColor OursColor(0x15, 0x65, 0xc0);   // what the preview changed
const QColor TheirsColor(0xd8, 0x6a, 0x00); // what the target changed

constexpr int KeyRole = Qt::UserRole + 1;
constexpr int ValueDisplayLimit = 400;

QString shortened(const QString &text)
{
    const QString simple = text.simplified();
    return simple.size() > ValueDisplayLimit ? simple.left(ValueDisplayLimit - 1) + QChar(0x2026) : simple;
}

const AttributeChange *findChange(const QList<AttributeChange> &changes, const QString &name)
{
    for (const AttributeChange &c : changes) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

} // namespace

QString ConflictView::verdictText(ThreeWayObject::Verdict verdict)
{
    switch (verdict) {
    case ThreeWayObject::Verdict::Unchanged:
        return tr("unchanged");
    case ThreeWayObject::Verdict::Ours:
        return tr("preview only");
    case ThreeWayObject::Verdict::Theirs:
        return tr("target only");
    case ThreeWayObject::Verdict::Same:
        return tr("same change on both");
    case ThreeWayObject::Verdict::Merged:
        return tr("both, apart");
    case ThreeWayObject::Verdict::Conflict:
        return tr("CONFLICT");
    }
    return {};
}

QString ConflictView::changeText(ObjectDiff::State state)
{
    switch (state) {
    case ObjectDiff::State::Identical:
        return QStringLiteral("—");
    case ObjectDiff::State::Changed:
        return tr("changed");
    case ObjectDiff::State::OnlyInFrom:
        return tr("dropped");
    case ObjectDiff::State::OnlyInTo:
        return tr("added");
    }
    return {};
}

ConflictView::ConflictView(QWidget *parent) : QWidget(parent)
{
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("conflictHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setMargin(6);
    m_header->setStyleSheet(QStringLiteral("background:#ffd6d6; color:#7a0000; border-radius:3px;"));

    m_lines = new QListWidget(this);
    m_lines->setObjectName(QStringLiteral("conflictLines"));
    m_lines->setWordWrap(true);
    m_lines->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_lines->setToolTip(tr("What the promote found clashing, as it reported it"));
    m_lines->setMaximumHeight(QFontMetrics(m_lines->font()).height() * 3 + 10);

    m_detailNote = new QLabel(this);
    m_detailNote->setObjectName(QStringLiteral("conflictDetailNote"));
    m_detailNote->setWordWrap(true);
    m_detailNote->setTextFormat(Qt::PlainText);
    m_detailNote->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_objects = new QTreeWidget(this);
    m_objects->setObjectName(QStringLiteral("conflictObjects"));
    m_objects->setColumnCount(4);
    m_objects->setHeaderLabels({tr("Object"), tr("Fork point → preview"), tr("Fork point → target"), tr("Verdict")});
    m_objects->setRootIsDecorated(false);
    m_objects->setUniformRowHeights(true);
    m_objects->setAllColumnsShowFocus(true);
    m_objects->setAlternatingRowColors(true);
    {
        const QFontMetrics metrics(m_objects->font());
        m_objects->header()->resizeSection(0, metrics.averageCharWidth() * 30);
        m_objects->header()->resizeSection(1, metrics.horizontalAdvance(m_objects->headerItem()->text(1)) + 16);
        m_objects->header()->resizeSection(2, metrics.horizontalAdvance(m_objects->headerItem()->text(2)) + 16);
    }
    connect(m_objects, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) { showObject(current); });

    m_attributes = new QTreeWidget(this);
    m_attributes->setObjectName(QStringLiteral("conflictAttributes"));
    m_attributes->setColumnCount(4);
    m_attributes->setHeaderLabels({tr("Attribute"), tr("Fork point"), tr("Preview"), tr("Target")});
    m_attributes->setRootIsDecorated(false);
    m_attributes->setAlternatingRowColors(true);
    m_attributes->setWordWrap(true);
    m_attributes->header()->resizeSection(0, QFontMetrics(m_attributes->font()).averageCharWidth() * 18);
    for (int c = 1; c < 4; ++c)
        m_attributes->header()->resizeSection(c, QFontMetrics(m_attributes->font()).averageCharWidth() * 24);

    auto *ddlRow = new QSplitter(Qt::Horizontal, this);
    ddlRow->setObjectName(QStringLiteral("conflictDdlSplitter"));
    const QStringList names{QStringLiteral("conflictDdlBase"), QStringLiteral("conflictDdlPreview"), QStringLiteral("conflictDdlTarget")};
    for (int i = 0; i < 3; ++i) {
        auto *pane = new QWidget(ddlRow);
        auto *layout = new QVBoxLayout(pane);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(2);
        m_ddlHeaders[size_t(i)] = new QLabel(pane);
        m_ddlHeaders[size_t(i)]->setTextFormat(Qt::PlainText);
        m_ddl[size_t(i)] = new SqlViewer(pane);
        m_ddl[size_t(i)]->setObjectName(names.at(i));
        // Three panes side by side are narrow: long statements wrap instead of scrolling away.
        m_ddl[size_t(i)]->setWrapMode(QsciScintilla::WrapWord);
        layout->addWidget(m_ddlHeaders[size_t(i)]);
        layout->addWidget(m_ddl[size_t(i)], 1);
        ddlRow->addWidget(pane);
    }
    ddlRow->setChildrenCollapsible(false);

    auto *top = new QSplitter(Qt::Horizontal, this);
    top->setObjectName(QStringLiteral("conflictTopSplitter"));
    top->addWidget(m_objects);
    top->addWidget(m_attributes);
    top->setStretchFactor(0, 3);
    top->setStretchFactor(1, 2);
    top->setChildrenCollapsible(false);

    auto *main = new QSplitter(Qt::Vertical, this);
    main->setObjectName(QStringLiteral("conflictMainSplitter"));
    main->addWidget(m_lines);
    main->addWidget(top);
    main->addWidget(ddlRow);
    main->setStretchFactor(0, 1);
    main->setStretchFactor(1, 2);
    main->setStretchFactor(2, 3);
    main->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_header);
    layout->addWidget(m_detailNote);
    layout->addWidget(main, 1);

    clear();
}

ConflictView::~ConflictView() = default;

void ConflictView::clear()
{
    m_report = {};
    m_detail = {};
    m_header->setText(tr("No conflict: a promote that finds the target changed in a clashing way shows here what clashes."));
    m_header->setStyleSheet({});
    m_lines->clear();
    m_lines->hide();
    m_detailNote->clear();
    m_detailNote->hide();
    m_objects->clear();
    showObject(nullptr);
}

void ConflictView::setConflict(const PromoteReport &report, const ConflictDetail &detail)
{
    m_report = report;
    m_detail = detail;
    const QString target = report.target.isEmpty() ? detail.target : report.target;
    m_header->setStyleSheet(QStringLiteral("background:#ffd6d6; color:#7a0000; border-radius:3px;"));
    m_header->setText(QStringLiteral("<p style=\"margin:0 0 3px 0\"><b>%1</b></p><p style=\"margin:0\">%2</p>")
                          .arg(report.error.toHtmlEscaped(),
                               tr("Bring the migrations in line with what “%1” has now (edit them, or add one that builds on "
                                  "its change), then rehearse again; or discard the preview %2.")
                                   .arg(target, report.preview)
                                   .toHtmlEscaped()));

    m_lines->clear();
    for (const QString &line : report.conflicts) {
        auto *item = new QListWidgetItem(line, m_lines);
        item->setForeground(ConflictColor);
    }
    m_lines->setVisible(!report.conflicts.isEmpty());

    if (!detail.error.isEmpty()) {
        m_detailNote->setText(detail.error);
    } else if (detail.objects.isEmpty()) {
        m_detailNote->setText(tr("The schemas of the fork point, the preview and “%1” show no object changed on either side: the "
                                 "clash is in the migration history.")
                                  .arg(target));
    } else {
        m_detailNote->setText(tr("Three-way comparison of the fork point, the preview %1 and the target %2: %n object(s) "
                                 "changed on either side, %3 in conflict.",
                                 nullptr, int(detail.objects.size()))
                                  .arg(report.preview, target)
                                  .arg(detail.conflictCount));
    }
    m_detailNote->show();

    m_objects->clear();
    QFont bold = m_objects->font();
    bold.setBold(true);
    for (const ConflictObject &c : detail.objects) {
        const ThreeWayObject &o = c.object;
        auto *item = new QTreeWidgetItem(m_objects, {o.displayName, changeText(o.ours), changeText(o.theirs), verdictText(o.verdict)});
        item->setData(0, KeyRole, o.key);
        QString tip = o.displayName;
        if (!o.reason.isEmpty())
            tip += QStringLiteral("\n") + o.reason;
        for (int col = 0; col < 4; ++col)
            item->setToolTip(col, tip);
        if (o.ours != ObjectDiff::State::Identical)
            item->setForeground(1, OursColor);
        if (o.theirs != ObjectDiff::State::Identical)
            item->setForeground(2, TheirsColor);
        if (o.verdict == ThreeWayObject::Verdict::Conflict) {
            for (int col = 0; col < 4; ++col) {
                item->setFont(col, bold);
                item->setForeground(col, ConflictColor);
            }
        }
    }
    if (m_objects->topLevelItemCount() > 0)
        m_objects->setCurrentItem(m_objects->topLevelItem(0));
    else
        showObject(nullptr);
}

QString ConflictView::headerText() const
{
    return m_header->text();
}

bool ConflictView::selectObject(const QString &key)
{
    for (int i = 0; i < m_objects->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_objects->topLevelItem(i);
        if (item->data(0, KeyRole).toString() == key) {
            m_objects->setCurrentItem(item);
            m_objects->scrollToItem(item);
            return true;
        }
    }
    return false;
}

QString ConflictView::selectedKey() const
{
    const QTreeWidgetItem *item = m_objects->currentItem();
    return item ? item->data(0, KeyRole).toString() : QString();
}

void ConflictView::showObject(QTreeWidgetItem *item)
{
    m_attributes->clear();
    const QString key = item ? item->data(0, KeyRole).toString() : QString();
    const auto found = std::find_if(m_detail.objects.cbegin(), m_detail.objects.cend(),
                                    [&](const ConflictObject &c) { return c.object.key == key; });
    const QString target = m_report.target.isEmpty() ? m_detail.target : m_report.target;
    const std::array<QString, 3> sideNames{tr("Fork point"), tr("Preview %1").arg(m_report.preview), tr("Target %1").arg(target)};
    if (!item || found == m_detail.objects.cend()) {
        for (size_t i = 0; i < 3; ++i) {
            m_ddlHeaders[i]->setText(sideNames[i]);
            m_ddl[i]->setSql({});
        }
        return;
    }
    const ConflictObject &c = *found;
    const ThreeWayObject &o = c.object;

    // Whether it exists on each side, then each attribute either side changed.
    const auto exists = [](bool in) { return in ? tr("exists") : tr("absent"); };
    auto *presence = new QTreeWidgetItem(m_attributes, {tr("(the object)"), exists(c.inBase), exists(c.inOurs), exists(c.inTheirs)});
    if (c.inOurs != c.inTheirs) {
        for (int col = 0; col < 4; ++col)
            presence->setForeground(col, ConflictColor);
    }
    QStringList names;
    for (const AttributeChange &a : o.oursChanges)
        names << a.name;
    for (const AttributeChange &a : o.theirsChanges) {
        if (!names.contains(a.name))
            names << a.name;
    }
    names.sort();
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    for (const QString &name : names) {
        const AttributeChange *ours = findChange(o.oursChanges, name);
        const AttributeChange *theirs = findChange(o.theirsChanges, name);
        const QVariant base = ours ? ours->from : theirs->from;
        const QString baseText = AttributeChange::text(base);
        const QString oursText = ours ? AttributeChange::text(ours->to) : baseText;
        const QString theirsText = theirs ? AttributeChange::text(theirs->to) : baseText;
        auto *row = new QTreeWidgetItem(m_attributes, {name, shortened(baseText), shortened(oursText), shortened(theirsText)});
        row->setToolTip(1, baseText);
        row->setToolTip(2, oursText);
        row->setToolTip(3, theirsText);
        for (int col = 1; col < 4; ++col)
            row->setFont(col, fixed);
        if (ours)
            row->setForeground(2, OursColor);
        if (theirs)
            row->setForeground(3, TheirsColor);
        if (ours && theirs && oursText != theirsText) {
            for (int col = 0; col < 4; ++col)
                row->setForeground(col, ConflictColor);
        }
    }

    const std::array<const QString *, 3> texts{&c.baseDdl, &c.oursDdl, &c.theirsDdl};
    const std::array<bool, 3> present{c.inBase, c.inOurs, c.inTheirs};
    for (size_t i = 0; i < 3; ++i) {
        m_ddlHeaders[i]->setText(sideNames[i]);
        if (!present[i]) {
            m_ddl[i]->setSql(tr("-- %1 is not there", "the object is absent on that side").arg(o.displayName));
        } else if (texts[i]->isEmpty()) {
            m_ddl[i]->setSql(tr("-- no statement of its own: it comes with the object it belongs to"));
        } else {
            m_ddl[i]->setSql(*texts[i]);
        }
    }
    if (c.inOurs && !c.oursDdl.isEmpty())
        m_ddl[PreviewSide]->markLines(c.oursChangedLines, OursColor);
    if (c.inTheirs && !c.theirsDdl.isEmpty())
        m_ddl[TargetSide]->markLines(c.theirsChangedLines, TheirsColor);
}

} // namespace Pixetric

#include "branchdetailspanel.h"

#include "branchtreemodel.h"
#include "fabric.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Pixetric {

namespace {

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

BranchDetailsPanel::BranchDetailsPanel(QWidget *parent) : QWidget(parent)
{
    m_stack = new QStackedWidget(this);

    m_placeholder = new QLabel(tr("Select a branch to see its details."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setEnabled(false);
    m_stack->addWidget(m_placeholder);

    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight);
    addField(form, tr("Branch:"), "name");
    addField(form, tr("Parent:"), "parent");
    addField(form, tr("State:"), "state");
    addField(form, tr("Compute:"), "compute");
    m_computeMessage = new QLabel(page);
    m_computeMessage->setObjectName(QStringLiteral("computeMessage"));
    m_computeMessage->setWordWrap(true);
    m_computeMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_computeMessage->setStyleSheet(QStringLiteral("color:#c62828;"));
    form->addRow(QString(), m_computeMessage);
    addField(form, tr("PostgreSQL:"), "serverVersion");
    addField(form, tr("Size:"), "size");
    addField(form, tr("Created:"), "created");
    addField(form, tr("Clone method:"), "cloneMethod");
    addField(form, tr("Branch point LSN:"), "branchLsn");
    addField(form, tr("Branch point time:"), "branchTime");
    addField(form, tr("Endpoint:"), "endpoint");
    addField(form, tr("Socket folder:"), "socketDirectory");

    m_connection = new QLineEdit(page);
    m_connection->setObjectName(QStringLiteral("connectionString"));
    m_connection->setReadOnly(true);
    m_showPassword = new QToolButton(page);
    m_showPassword->setObjectName(QStringLiteral("showPassword"));
    m_showPassword->setText(tr("Show"));
    m_showPassword->setToolTip(tr("Show the password in the connection string"));
    m_showPassword->setCheckable(true);
    connect(m_showPassword, &QToolButton::toggled, this, [this](bool on) {
        m_showPassword->setText(on ? tr("Hide") : tr("Show"));
        updateConnection();
    });
    m_copy = new QToolButton(page);
    m_copy->setIcon(QIcon(QStringLiteral(":/icons/copy.svg")));
    m_copy->setToolTip(tr("Copy the connection string with its password"));
    connect(m_copy, &QToolButton::clicked, this, [this] {
        if (m_fabric) {
            if (const ConnectionInfo info = m_fabric->connectionInfo(m_branch.name); info.isValid())
                QApplication::clipboard()->setText(info.uri());
        }
    });
    auto *connectionRow = new QHBoxLayout;
    connectionRow->setContentsMargins(0, 0, 0, 0);
    connectionRow->addWidget(m_connection, 1);
    connectionRow->addWidget(m_showPassword);
    connectionRow->addWidget(m_copy);
    form->addRow(tr("Connection:"), connectionRow);

    m_autoSuspend = new QSpinBox(page);
    m_autoSuspend->setObjectName(QStringLiteral("autoSuspend"));
    m_autoSuspend->setRange(0, 7 * 24 * 60);
    m_autoSuspend->setSpecialValueText(tr("never"));
    m_autoSuspend->setSuffix(tr(" min"));
    m_autoSuspend->setKeyboardTracking(false);
    m_autoSuspend->setToolTip(tr("Suspend the compute after this many idle minutes; 0 keeps it running"));
    m_autoSuspendTimer = new QTimer(this);
    m_autoSuspendTimer->setSingleShot(true);
    m_autoSuspendTimer->setInterval(AutoSuspendDelayMs);
    connect(m_autoSuspendTimer, &QTimer::timeout, this, &BranchDetailsPanel::applyAutoSuspend);
    connect(m_autoSuspend, &QSpinBox::valueChanged, this, [this] {
        if (!m_updating)
            m_autoSuspendTimer->start();
    });
    auto *suspendRow = new QHBoxLayout;
    suspendRow->setContentsMargins(0, 0, 0, 0);
    suspendRow->addWidget(m_autoSuspend);
    suspendRow->addStretch();
    form->addRow(tr("Auto-suspend:"), suspendRow);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_stack->addWidget(scroll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    clear();
}

BranchDetailsPanel::~BranchDetailsPanel() = default;

QLabel *BranchDetailsPanel::addField(QFormLayout *form, const QString &label, const char *objectName)
{
    auto *value = new QLabel(form->parentWidget());
    value->setObjectName(QLatin1String(objectName));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    form->addRow(label, value);
    m_fields.append(value);
    return value;
}

QString BranchDetailsPanel::fieldText(const QString &objectName) const
{
    for (QLabel *field : m_fields) {
        if (field->objectName() == objectName)
            return field->text();
    }
    if (objectName == m_computeMessage->objectName())
        return m_computeMessage->text();
    return {};
}

void BranchDetailsPanel::setFabric(Fabric *fabric)
{
    m_autoSuspendTimer->stop();
    m_fabric = fabric;
    clear();
}

void BranchDetailsPanel::clear()
{
    setBranch({});
}

QString BranchDetailsPanel::cloneMethodDisplayName(const QString &method)
{
    if (method == QLatin1String("initdb"))
        return tr("new cluster (initdb)");
    if (method == QLatin1String("import"))
        return tr("imported (pg_dump / pg_restore)");
    if (method == QLatin1String("reflink"))
        return tr("copy-on-write clone (reflink)");
    if (method == QLatin1String("copy"))
        return tr("full file copy");
    if (method == QLatin1String("basebackup"))
        return tr("online base backup (pg_basebackup)");
    return method;
}

void BranchDetailsPanel::setBranch(const BranchInfo &branch)
{
    const bool sameBranch = branch.name == m_branch.name;
    if (!sameBranch && m_autoSuspendTimer->isActive()) {
        // A change made on the previous branch is still due: send it before switching.
        m_autoSuspendTimer->stop();
        applyAutoSuspend();
    }
    m_branch = branch;
    if (branch.name.isEmpty()) {
        m_stack->setCurrentWidget(m_placeholder);
        return;
    }
    m_stack->setCurrentIndex(1);

    const auto set = [this](const char *name, const QString &text) {
        for (QLabel *field : std::as_const(m_fields)) {
            if (field->objectName() == QLatin1String(name))
                field->setText(text);
        }
    };
    QStringList badges;
    if (branch.isDefault)
        badges.append(tr("default"));
    if (branch.isProtected)
        badges.append(tr("protected"));
    set("name", badges.isEmpty() ? branch.name : tr("%1 (%2)").arg(branch.name, badges.join(QStringLiteral(", "))));
    set("parent", branch.isRoot() ? tr("none (root branch)") : branch.parent);
    set("state", displayName(branch.state));
    set("compute", displayName(branch.compute));
    set("serverVersion", branch.serverVersion);
    set("size", branch.sizeBytes < 0 ? tr("not measured yet")
                                     : tr("%1 (%2 bytes)").arg(BranchTreeModel::formatSize(branch.sizeBytes),
                                                               QLocale().toString(branch.sizeBytes)));
    set("created", localTime(branch.createdAt));
    set("cloneMethod", cloneMethodDisplayName(branch.cloneMethod));
    set("branchLsn", branch.isRoot() ? tr("none (root branch)") : branch.branchLsn);
    set("branchTime", branch.isRoot() ? tr("none (root branch)") : localTime(branch.branchTime));
    set("endpoint", branch.port > 0 ? tr("127.0.0.1:%1").arg(branch.port) : QString());
    set("socketDirectory", branch.socketDirectory);

    const bool failed = branch.compute == ComputeState::Failed || branch.state == BranchState::Failed;
    m_computeMessage->setText(failed ? (branch.computeMessage.isEmpty() ? tr("The compute stopped unexpectedly; see its log in the fabric folder.")
                                                                        : branch.computeMessage)
                                     : QString());
    m_computeMessage->setVisible(failed);

    if (!sameBranch)
        m_showPassword->setChecked(false);
    updateConnection();

    // Leave the spin box alone while the person is changing it.
    if (!sameBranch || (!m_autoSuspend->hasFocus() && !m_autoSuspendTimer->isActive())) {
        m_updating = true;
        m_autoSuspend->setValue((branch.autoSuspendSeconds + 59) / 60);
        m_updating = false;
    }
    m_autoSuspend->setEnabled(m_fabric && branch.state == BranchState::Ready);
}

void BranchDetailsPanel::updateConnection()
{
    ConnectionInfo info;
    if (m_fabric && !m_branch.name.isEmpty())
        info = m_fabric->connectionInfo(m_branch.name);
    if (!info.isValid()) {
        m_connection->clear();
        m_connection->setPlaceholderText(tr("not available yet"));
    } else {
        const QString uri = info.uri(true);
        const QString shown = m_showPassword->isChecked() ? uri : maskPassword(uri);
        // Unchanged on most refreshes; setting it again would drop the person's selection.
        if (m_connection->text() != shown) {
            m_connection->setText(shown);
            m_connection->setCursorPosition(0);
        }
    }
    m_showPassword->setEnabled(info.isValid());
    m_copy->setEnabled(info.isValid());
}

QString BranchDetailsPanel::connectionText() const
{
    return m_connection->text();
}

bool BranchDetailsPanel::isPasswordShown() const
{
    return m_showPassword->isChecked();
}

void BranchDetailsPanel::setPasswordShown(bool shown)
{
    m_showPassword->setChecked(shown);
}

QString BranchDetailsPanel::maskPassword(const QString &uri)
{
    // user and password are percent-encoded in a URI, so neither holds a raw ':' or '@'.
    const qsizetype scheme = uri.indexOf(QLatin1String("://"));
    if (scheme < 0)
        return uri;
    const qsizetype start = scheme + 3;
    const qsizetype at = uri.indexOf(QLatin1Char('@'), start);
    const qsizetype slash = uri.indexOf(QLatin1Char('/'), start);
    if (at < 0 || (slash >= 0 && slash < at))
        return uri;
    const qsizetype colon = uri.indexOf(QLatin1Char(':'), start);
    if (colon < 0 || colon > at)
        return uri;
    return uri.left(colon + 1) + QStringLiteral("••••••") + uri.mid(at);
}

void BranchDetailsPanel::applyAutoSuspend()
{
    if (!m_fabric || m_branch.name.isEmpty())
        return;
    const int seconds = m_autoSuspend->value() * 60;
    if ((m_branch.autoSuspendSeconds + 59) / 60 == m_autoSuspend->value())
        return;
    m_fabric->setAutoSuspend(m_branch.name, seconds);
}

} // namespace Pixetric

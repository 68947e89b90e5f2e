#include "createbranchdialog.h"

#include "fabric.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Pixetric {

namespace {

constexpr int MaxNameLength = 63;

} // namespace

CreateBranchDialog::CreateBranchDialog(Fabric *fabric, const QString &parentBranch, QWidget *parent)
    : QDialog(parent), m_fabric(fabric)
{
    setWindowTitle(tr("New Branch"));

    auto *intro = new QLabel(tr("The new branch starts as an instant copy of its parent's current data, with a "
                                "compute of its own. Changes on either side stay apart."),
                             this);
    intro->setWordWrap(true);

    m_parent = new QComboBox(this);
    m_parent->setObjectName(QStringLiteral("parentField"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameField"));
    m_name->setMaxLength(MaxNameLength + 1); // one more, so the length rule can say why
    m_name->setPlaceholderText(tr("letters, digits, “-”, “_” and “.”"));

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color:#c62828;"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Parent:"), m_parent);
    form->addRow(tr("&Name:"), m_name);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create Branch"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        validate();
        if (m_problem.isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addStretch();
    layout->addWidget(m_buttons);

    fillParents(parentBranch);
    m_suggested = suggestName(m_fabric, this->parentBranch());
    m_name->setText(m_suggested);
    m_name->selectAll();
    m_name->setFocus();

    connect(m_parent, &QComboBox::currentIndexChanged, this, &CreateBranchDialog::parentChanged);
    connect(m_name, &QLineEdit::textChanged, this, &CreateBranchDialog::validate);
    if (m_fabric) {
        // Another client may take the name, or the parent may go away, while the dialog is open.
        connect(m_fabric, &Fabric::branchesChanged, this, [this] {
            fillParents(this->parentBranch());
            validate();
        });
    }
    validate();
    resize(std::max(sizeHint().width(), 420), sizeHint().height());
}

CreateBranchDialog::~CreateBranchDialog() = default;

QString CreateBranchDialog::branchName() const
{
    return m_name->text().trimmed();
}

QString CreateBranchDialog::parentBranch() const
{
    return m_parent->currentData().toString();
}

void CreateBranchDialog::setBranchName(const QString &name)
{
    m_name->setText(name);
}

void CreateBranchDialog::setParentBranch(const QString &name)
{
    const int i = m_parent->findData(name);
    if (i >= 0)
        m_parent->setCurrentIndex(i);
}

QString CreateBranchDialog::suggestName(const Fabric *fabric, const QString &parentBranch)
{
    QString base = parentBranch.isEmpty() ? QStringLiteral("branch") : parentBranch;
    for (int n = 1; n < 10000; ++n) {
        const QString suffix = QLatin1Char('-') + QString::number(n);
        const QString name = base.left(MaxNameLength - int(suffix.size())) + suffix;
        if (!fabric || fabric->checkNewBranchName(name).isEmpty())
            return name;
    }
    return {};
}

void CreateBranchDialog::fillParents(const QString &preferred)
{
    // Tree order, indented by depth so the list reads like the tree.
    QList<QPair<QString, QString>> items; // text, name
    const QList<BranchInfo> branches = m_fabric ? m_fabric->branches() : QList<BranchInfo>();
    QHash<QString, int> depth;
    for (const BranchInfo &b : branches) {
        const int d = b.isRoot() ? 0 : depth.value(b.parent, -1) + 1;
        depth.insert(b.name, d);
        if (b.state == BranchState::Ready)
            items.append({QString(std::max(d, 0) * 2, QLatin1Char(' ')) + b.name, b.name});
    }
    // The fabric refreshes every second or so; an unchanged list must not close an open popup.
    bool same = items.size() == m_parent->count();
    for (int i = 0; same && i < items.size(); ++i)
        same = m_parent->itemText(i) == items.at(i).first && m_parent->itemData(i).toString() == items.at(i).second;
    if (same)
        return;

    QSignalBlocker blocker(m_parent);
    m_parent->clear();
    for (const auto &[text, name] : std::as_const(items))
        m_parent->addItem(text, name);
    int i = m_parent->findData(preferred);
    if (i < 0) {
        // The default branch, else the first.
        for (const BranchInfo &b : branches) {
            if (b.isDefault)
                i = m_parent->findData(b.name);
        }
    }
    m_parent->setCurrentIndex(std::max(i, 0));
    // The parent may have changed (it went away): keep the suggestion in step.
    blocker.unblock();
    if (m_parent->currentData().toString() != preferred)
        parentChanged();
}

void CreateBranchDialog::parentChanged()
{
    // Follow the parent with the suggestion until the person types a name of their own.
    if (m_name->text() == m_suggested) {
        m_suggested = suggestName(m_fabric, parentBranch());
        m_name->setText(m_suggested);
    }
    validate();
}

void CreateBranchDialog::validate()
{
    if (!m_fabric)
        m_problem = tr("The fabric is gone; close this dialog.");
    else if (parentBranch().isEmpty())
        m_problem = tr("There is no ready branch to start from. Wait until a branch is ready.");
    else
        m_problem = m_fabric->checkNewBranchName(branchName());
    // An empty field needs no red text; the disabled button says enough.
    m_problemLabel->setText(branchName().isEmpty() ? QString() : m_problem);
    const bool show = !m_problemLabel->text().isEmpty();
    if (show != !m_problemLabel->isHidden()) {
        m_problemLabel->setVisible(show);
        // Wrapped text needs height for the width the dialog has; grow rather than squeeze.
        layout()->activate();
        if (const int needed = heightForWidth(width()); needed > height())
            resize(width(), needed);
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problem.isEmpty());
}

} // namespace Pixetric

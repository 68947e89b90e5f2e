#include "promotedialog.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Pixetric {

PromoteDialog::PromoteDialog(const QString &preview, const QString &target, bool targetProtected, const QStringList &versions,
                             QWidget *parent)
    : QDialog(parent), m_preview(preview), m_target(target), m_typed(targetProtected)
{
    setWindowTitle(tr("Promote Preview"));
    setObjectName(QStringLiteral("promoteDialog"));
    auto *layout = new QVBoxLayout(this);

    auto *message = new QLabel(
        tr("Promote “%1” into “%2”? The %n migration(s) rehearsed on the preview are applied to “%2” in one transaction; "
           "its data and the writes made since the fork are kept.",
           nullptr, int(versions.size()))
                .arg(m_preview, m_target),
        this);
    message->setObjectName(QStringLiteral("promoteMessage"));
    message->setWordWrap(true);
    layout->addWidget(message);

    if (!versions.isEmpty()) {
        m_versions = new QListWidget(this);
        m_versions->setObjectName(QStringLiteral("promoteVersions"));
        m_versions->addItems(versions);
        m_versions->setSelectionMode(QAbstractItemView::NoSelection);
        m_versions->setMaximumHeight(140);
        layout->addWidget(m_versions);
    }

    auto *check = new QLabel(tr("“%1” is compared with the fork point first. If it changed in a way that clashes with the "
                                "preview, nothing is touched and the conflicts are shown.")
                                 .arg(m_target),
                             this);
    check->setWordWrap(true);
    layout->addWidget(check);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_promote = buttons->addButton(tr("Promote"), QDialogButtonBox::AcceptRole);
    m_promote->setObjectName(QStringLiteral("promoteButton"));
    m_promote->setIcon(QIcon(QStringLiteral(":/icons/commit.svg")));
    connect(m_promote, &QPushButton::clicked, this, [this] {
        if (isConfirmed())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (m_typed) {
        auto *prompt = new QLabel(tr("“%1” is protected. Type <b>%1</b> to confirm:").arg(m_target.toHtmlEscaped()), this);
        prompt->setWordWrap(true);
        m_confirmation = new QLineEdit(this);
        m_confirmation->setObjectName(QStringLiteral("confirmationField"));
        m_confirmation->setPlaceholderText(m_target);
        prompt->setBuddy(m_confirmation);
        layout->addWidget(prompt);
        layout->addWidget(m_confirmation);
        m_promote->setEnabled(false);
        connect(m_confirmation, &QLineEdit::textChanged, this, [this] { m_promote->setEnabled(isConfirmed()); });
        m_confirmation->setFocus();
    } else {
        buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    }
    layout->addWidget(buttons);
    resize(std::max(sizeHint().width(), 460), sizeHint().height());
}

PromoteDialog::~PromoteDialog() = default;

bool PromoteDialog::isConfirmed() const
{
    return !m_typed || (m_confirmation && m_confirmation->text() == m_target);
}

} // namespace Pixetric

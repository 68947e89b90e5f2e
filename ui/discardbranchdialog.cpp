#include "discardbranchdialog.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace Pixetric {

bool DiscardBranchDialog::needsTypedConfirmation(const BranchInfo &branch, const QStringList &descendants)
{
    return branch.isProtected || !descendants.isEmpty();
}

DiscardBranchDialog::DiscardBranchDialog(const BranchInfo &branch, const QStringList &descendants,
                                         const QStringList &protectedNames, QWidget *parent)
    : QDialog(parent), m_branch(branch.name), m_descendants(descendants),
      m_typed(needsTypedConfirmation(branch, descendants))
{
    setWindowTitle(tr("Discard Branch"));
    auto *layout = new QVBoxLayout(this);

    QString text;
    if (m_descendants.isEmpty()) {
        text = tr("Discard the branch “%1”? Its compute stops and its data is deleted. This cannot be undone.")
                   .arg(m_branch);
    } else {
        text = tr("“%1” has %n branch(es) below it. Discarding it discards them too: their computes stop and "
                  "all their data is deleted. This cannot be undone.",
                  nullptr, int(m_descendants.size()))
                   .arg(m_branch);
    }
    if (protectedNames == QStringList{m_branch}) {
        text += QLatin1Char(' ') + tr("It is protected; discarding it removes the protection first.");
    } else if (!protectedNames.isEmpty()) {
        text += QLatin1Char(' ')
            + tr("The protection of %1 is removed first.")
                  .arg(QLocale().createSeparatedList(
                      [&] {
                          QStringList quoted;
                          for (const QString &name : protectedNames)
                              quoted.append(tr("“%1”").arg(name));
                          return quoted;
                      }()));
    }
    auto *message = new QLabel(text, this);
    message->setObjectName(QStringLiteral("discardMessage"));
    message->setWordWrap(true);
    layout->addWidget(message);

    if (!m_descendants.isEmpty()) {
        m_list = new QListWidget(this);
        m_list->setObjectName(QStringLiteral("descendantsList"));
        for (const QString &name : m_descendants) {
            auto *item = new QListWidgetItem(name, m_list);
            if (protectedNames.contains(name))
                item->setIcon(QIcon(QStringLiteral(":/icons/badge-protected.svg")));
        }
        m_list->setSelectionMode(QAbstractItemView::NoSelection);
        m_list->setMaximumHeight(160);
        layout->addWidget(m_list);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_discard = buttons->addButton(m_descendants.isEmpty() ? tr("Discard") : tr("Discard All"),
                                   QDialogButtonBox::DestructiveRole);
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_discard->setIcon(QIcon(QStringLiteral(":/icons/branch-delete.svg")));
    connect(m_discard, &QPushButton::clicked, this, [this] {
        if (m_discard->isEnabled())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (m_typed) {
        auto *prompt = new QLabel(tr("Type <b>%1</b> to confirm:").arg(m_branch.toHtmlEscaped()), this);
        m_confirmation = new QLineEdit(this);
        m_confirmation->setObjectName(QStringLiteral("confirmationField"));
        m_confirmation->setPlaceholderText(m_branch);
        prompt->setBuddy(m_confirmation);
        layout->addWidget(prompt);
        layout->addWidget(m_confirmation);
        m_discard->setEnabled(false);
        connect(m_confirmation, &QLineEdit::textChanged, this,
                [this](const QString &typed) { m_discard->setEnabled(typed == m_branch); });
        m_confirmation->setFocus();
    } else {
        buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    }
    layout->addWidget(buttons);
    resize(std::max(sizeHint().width(), 440), sizeHint().height());
}

DiscardBranchDialog::~DiscardBranchDialog() = default;

} // namespace Pixetric

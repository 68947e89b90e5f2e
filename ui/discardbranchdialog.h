#pragma once

#include "fabrictypes.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Pixetric {

// Confirms discarding a branch. A protected branch, or one with branches below it, needs its
// name typed before Discard is enabled; the dialog then lists every branch that goes with it
// (the discard is recursive) and says which protections are lifted. Other branches get a plain
// Discard / Cancel question.
//
// Thread affinity: GUI thread.
class DiscardBranchDialog : public QDialog
{
    Q_OBJECT
public:
    // descendants: every branch below branch (names); protectedNames: which of branch and its
    // descendants are protected.
    DiscardBranchDialog(const BranchInfo &branch, const QStringList &descendants, const QStringList &protectedNames,
                        QWidget *parent = nullptr);
    ~DiscardBranchDialog() override;

    static bool needsTypedConfirmation(const BranchInfo &branch, const QStringList &descendants);

    QString branchName() const { return m_branch; }
    bool isRecursive() const { return !m_descendants.isEmpty(); }
    bool needsTypedName() const { return m_typed; }
    QStringList descendants() const { return m_descendants; }

    // Null unless the name must be typed.
    QLineEdit *confirmationField() const { return m_confirmation; }
    QPushButton *discardButton() const { return m_discard; }
    QListWidget *descendantsList() const { return m_list; }

private:
    QString m_branch;
    QStringList m_descendants;
    bool m_typed = false;
    QLineEdit *m_confirmation = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_discard = nullptr;
};

} // namespace Pixetric

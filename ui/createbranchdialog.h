#pragma once

#include "fabric.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Pixetric {


// Asks for a new branch's parent and name. The parent list holds the fabric's ready branches;
// the name is checked against the fabric's rules as it is typed (and again when the branch list
// changes), and OK stays disabled while the name is refused, with the reason shown. Until the
// person types a name of their own, a free name derived from the parent is suggested.
//
// Thread affinity: GUI thread. Ownership: does not own the fabric; a fabric destroyed while the
// dialog is open leaves it with nothing to check against (OK disabled).
class CreateBranchDialog : public QDialog
{
    Q_OBJECT
public:
    CreateBranchDialog(Fabric *fabric, const QString &parentBranch, QWidget *parent = nullptr);
    ~CreateBranchDialog() override;

    QString branchName() const;
    QString parentBranch() const;
    void setBranchName(const QString &name);
    void setParentBranch(const QString &name);
    // Why the current name cannot be used, empty when it can.
    QString problem() const { return m_problem; }

    QLineEdit *nameField() const { return m_name; }
    QComboBox *parentField() const { return m_parent; }

    // "<parent>-1", "<parent>-2", … : the first one the fabric accepts.
    static QString suggestName(const Fabric *fabric, const QString &parentBranch);

private:
    void fillParents(const QString &preferred);
    void parentChanged();
    void validate();

    QPointer<Fabric> m_fabric;
    QComboBox *m_parent = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QString m_problem;
    QString m_suggested; // what the name field holds while the person has not typed their own
};

} // namespace Pixetric

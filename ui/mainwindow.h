#pragma once

#include <QMainWindow>

class QTabWidget;

namespace Pixetric {

// The workbench window: editor tabs in the centre, docks for connections, results, messages,
// history and notifications. Thread affinity: GUI thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens an SQL tab connected to conninfo (URI or key=value); reports parse errors.
    void openConnectionString(const QString &conninfo);

private:
    QTabWidget *m_tabs = nullptr;
};

} // namespace Pixetric

#include "mainwindow.h"

#include <QTabWidget>

namespace Pixetric {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Pixetric Studio"));
    m_tabs = new QTabWidget(this);
    setCentralWidget(m_tabs);
    resize(1280, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::openConnectionString(const QString &conninfo)
{
    Q_UNUSED(conninfo);
}

} // namespace Pixetric

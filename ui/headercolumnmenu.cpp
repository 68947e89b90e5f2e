#include "headercolumnmenu.h"

#include <QAbstractItemModel>
#include <QHeaderView>
#include <QMenu>

namespace Pixetric {

void installColumnToggleMenu(QHeaderView *header, int keptColumn)
{
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QHeaderView::customContextMenuRequested, header, [header, keptColumn](const QPoint &pos) {
        QAbstractItemModel *model = header->model();
        if (!model)
            return;
        QMenu menu;
        for (int c = 0; c < model->columnCount(); ++c) {
            if (c == keptColumn)
                continue;
            QAction *toggle = menu.addAction(model->headerData(c, Qt::Horizontal).toString());
            toggle->setCheckable(true);
            toggle->setChecked(!header->isSectionHidden(c));
            QObject::connect(toggle, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
        }
        menu.exec(header->mapToGlobal(pos));
    });
}

} // namespace Pixetric

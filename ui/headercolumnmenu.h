#pragma once

class QHeaderView;

namespace Pixetric {

// Gives header a context menu with one checkable entry per column, so that people can show the
// columns a narrow dock hides. The column keptColumn is always shown and not listed.
// Thread affinity: GUI thread. The menu's actions are made on demand; nothing is owned.
void installColumnToggleMenu(QHeaderView *header, int keptColumn);

} // namespace Pixetric

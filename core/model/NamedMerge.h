#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace gatehouse {

// The three-way merge of two programs' lists of one kind of named item in
// one project file (tokens, saved requests), by name:
// - an item made on one side only is kept; one removed on either side
//   stays removed;
// - an item on both sides and in the base is `combine(base, mine, theirs)`;
// - one made on both sides since the base is theirs (already in the file).
// `base`: the file's list when this side last read or wrote it; `mine`:
// this side's; `theirs`: the file's now. Mine's order first, then what was
// made elsewhere in the file's order.
template <typename T, typename Combine>
QList<T> mergeByName(const QList<T> &base, const QList<T> &mine, const QList<T> &theirs,
                     Combine combine)
{
    const auto byName = [](const QList<T> &items) {
        QHash<QString, T> map;
        for (const T &item : items)
            map.insert(item.name, item);
        return map;
    };
    const QHash<QString, T> baseByName = byName(base);
    const QHash<QString, T> theirsByName = byName(theirs);
    QList<T> merged;
    QSet<QString> mineNames;
    for (const T &item : mine) {
        mineNames.insert(item.name);
        const auto inFile = theirsByName.constFind(item.name);
        const auto known = baseByName.constFind(item.name);
        if (inFile == theirsByName.cend()) {
            if (known == baseByName.cend())
                merged.append(item); // made here, not saved yet
            continue;                // else removed elsewhere
        }
        if (known == baseByName.cend()) {
            merged.append(*inFile); // made on both sides: the one in the file wins
            continue;
        }
        merged.append(combine(*known, item, *inFile));
    }
    for (const T &item : theirs) {
        if (!mineNames.contains(item.name) && !baseByName.contains(item.name))
            merged.append(item); // made elsewhere
    }
    return merged;
}

} // namespace gatehouse

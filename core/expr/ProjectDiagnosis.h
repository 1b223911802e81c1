#pragma once

#include "model/Diagnostic.h"
#include "model/Project.h"

namespace gatehouse::expr {

// Every problem of a project, as `gatehouse-cli validate` prints it and the
// editor's Problems panel lists it: structure first, and expressions only in a
// well-formed project, since their names must resolve against it.
class ProjectDiagnosis
{
public:
    static Diagnostics of(const Project &project);
    static int errorCount(const Diagnostics &diagnostics);
};

} // namespace gatehouse::expr

#pragma once

// The access policy: every rule of who may do what, in one place in
// engine/ (docs/engine.md, "The access policy"). Every other part asks it.
//
//   Reachability      the Workflow API / Data API on, a workflow exposed, a type listed
//   OperationTable    what each data operation needs from privacy rules and scopes
//   PrivacyModes      whether privacy rules apply to a run or a Data API call
//   CredentialState   active, revoked, expired, idle
//   CredentialReader  how a presented credential is read from a request
//   ScopeCeiling      a token's scopes as a ceiling, and a workflow-only token's data scope
//   Principals        principals for panels and tests
#include "CredentialReader.h"
#include "CredentialState.h"
#include "OperationTable.h"
#include "Principals.h"
#include "PrivacyMode.h"
#include "Reachability.h"
#include "ScopeCeiling.h"

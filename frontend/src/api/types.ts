// The one place that names the contract's schemas; the types themselves are generated into schema.d.ts.
import type { components } from './schema'

type Schemas = components['schemas']

export type CurrentUser = Schemas['CurrentUser']
export type TokenResponse = Schemas['TokenResponse']
export type OrgUnitNode = Schemas['OrgUnitNode']
export type UserView = Schemas['UserView']
export type UserPage = Schemas['PageUserView']
export type FieldChange = Schemas['FieldChange']
export type AuditEventView = Schemas['AuditEventView']
export type AuditEventPage = Schemas['PageAuditEventView']
export type FieldError = Schemas['FieldError']
export type Problem = Schemas['Problem']

export type TokenRequest = Schemas['TokenRequest']
export type PasswordChange = Schemas['PasswordChange']
export type OrgUnitCreate = Schemas['OrgUnitCreate']
export type OrgUnitRename = Schemas['OrgUnitRename']
export type OrgUnitMove = Schemas['OrgUnitMove']
export type UserCreate = Schemas['UserCreate']
export type UserUpdate = Schemas['UserUpdate']
export type UserStateChange = Schemas['UserStateChange']
export type PasswordReset = Schemas['PasswordReset']

export type Role = Schemas['Role']
export type OrgLevel = Schemas['OrgLevel']

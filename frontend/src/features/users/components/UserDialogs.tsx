import { Form, Input } from 'antd'
import type { PasswordReset, UserCreate, UserRoles, UserStateChange, UserUpdate, UserView } from '../../../api/types'
import { FormDialog } from '../../../components/FormDialog'
import { useT } from '../../../lib/i18n'
import { useChangeUserState } from '../api/change-user-state'
import { useCreateUser } from '../api/create-user'
import { useResetPassword } from '../api/reset-password'
import { useGrantRoles } from '../api/grant-roles'
import { useUnlockUser } from '../api/unlock-user'
import { useUpdateUser } from '../api/update-user'
import { PasswordField, ReasonField, RolesField, UserProfileFields } from './UserFields'

export function CreateUserDialog({ onClose }: { onClose: () => void }) {
  const t = useT()
  const create = useCreateUser()
  return (
    <FormDialog<UserCreate>
      title={t('user.create')}
      onSubmit={create.mutateAsync}
      onClose={onClose}
      successMessage={t('common.saved')}
    >
      <Form.Item name="username" label={t('user.username')} rules={[{ required: true }, { max: 32 }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <PasswordField name="password" label={t('user.initialPassword')} />
      <UserProfileFields />
    </FormDialog>
  )
}

interface UserDialogProps {
  user: UserView
  onClose: () => void
}

export function EditUserDialog({ user, onClose }: UserDialogProps) {
  const t = useT()
  const update = useUpdateUser()
  return (
    <FormDialog<UserUpdate>
      title={t('user.editNamed', { name: user.displayName })}
      initialValues={{ displayName: user.displayName, phone: user.phone, orgUnitId: user.orgUnitId }}
      onSubmit={(values) => update.mutateAsync({ user, update: values })}
      onClose={onClose}
      successMessage={t('common.saved')}
    >
      <UserProfileFields />
    </FormDialog>
  )
}

/** Disables an enabled user or enables a disabled one, with the reason for the audit log. */
export function UserStateDialog({ user, onClose }: UserDialogProps) {
  const t = useT()
  const changeState = useChangeUserState()
  const action = user.enabled ? t('user.disable') : t('user.enable')
  return (
    <FormDialog<UserStateChange>
      title={`${action}：${user.displayName}`}
      onSubmit={(change) => changeState.mutateAsync({ user, change })}
      onClose={onClose}
      successMessage={t('common.saved')}
    >
      <ReasonField />
    </FormDialog>
  )
}

/** The security administrator sets the user's roles, with the reason for the audit log. */
export function GrantRolesDialog({ user, onClose }: UserDialogProps) {
  const t = useT()
  const grant = useGrantRoles()
  return (
    <FormDialog<UserRoles>
      title={`${t('user.grantRoles')}：${user.displayName}`}
      initialValues={{ roles: user.roles }}
      onSubmit={(roles) => grant.mutateAsync({ user, roles: { roles: roles.roles ?? [], reason: roles.reason } })}
      onClose={onClose}
      successMessage={t('common.saved')}
    >
      <RolesField />
      <ReasonField />
    </FormDialog>
  )
}

/** Unlocks a user locked after failed logins, with the reason for the audit log. */
export function UnlockUserDialog({ user, onClose }: UserDialogProps) {
  const t = useT()
  const unlock = useUnlockUser()
  return (
    <FormDialog<UserStateChange>
      title={`${t('user.unlock')}：${user.displayName}`}
      onSubmit={(change) => unlock.mutateAsync({ user, change })}
      onClose={onClose}
      successMessage={t('common.saved')}
    >
      <ReasonField />
    </FormDialog>
  )
}

export function ResetPasswordDialog({ user, onClose }: UserDialogProps) {
  const t = useT()
  const reset = useResetPassword()
  return (
    <FormDialog<PasswordReset>
      title={`${t('user.resetPassword')}：${user.displayName}`}
      onSubmit={(values) => reset.mutateAsync({ user, reset: values })}
      onClose={onClose}
      successMessage={t('user.passwordReset')}
    >
      <PasswordField name="newPassword" label={t('auth.newPassword')} />
      <ReasonField />
    </FormDialog>
  )
}

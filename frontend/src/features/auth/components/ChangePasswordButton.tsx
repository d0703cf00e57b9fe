import { useState } from 'react'
import { Button, Form, Input } from 'antd'
import { KeyOutlined } from '@ant-design/icons'
import type { PasswordChange } from '../../../api/types'
import { FormDialog } from '../../../components/FormDialog'
import { renewSession } from '../../../lib/api-client'
import { useCurrentUser, useLogout } from '../../../lib/auth'
import { useT } from '../../../lib/i18n'
import { session } from '../../../lib/session'
import { useChangePassword } from '../api/change-password'

type PasswordChangeForm = PasswordChange & { confirmPassword: string }

/**
 * The header's "change password" action and its dialog. A user whose password has expired gets the dialog at once and
 * cannot do anything else (the server gives no role until it is changed); leaving it signs out.
 */
export function ChangePasswordButton() {
  const t = useT()
  const [open, setOpen] = useState(false)
  const expired = useCurrentUser()?.passwordExpired ?? false
  const logout = useLogout()
  const changePassword = useChangePassword()
  const change = async ({ currentPassword, newPassword }: PasswordChangeForm) => {
    await changePassword.mutateAsync({ currentPassword, newPassword })
    if (expired) await renewSession() // a token with the user's roles again
  }
  return (
    <>
      <Button type="text" icon={<KeyOutlined />} onClick={() => setOpen(true)}>{t('auth.changePassword')}</Button>
      {(open || expired) && (
        <FormDialog<PasswordChangeForm>
          title={expired ? t('auth.passwordExpired') : t('auth.changePassword')}
          onSubmit={change}
          onClose={() => (session.get()?.user.passwordExpired ? logout() : setOpen(false))}
          successMessage={t('auth.passwordChanged')}
        >
          <Form.Item name="currentPassword" label={t('auth.currentPassword')} rules={[{ required: true }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item name="newPassword" label={t('auth.newPassword')} extra={t('auth.passwordRule')} rules={[{ required: true }, { min: 8 }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item
            name="confirmPassword"
            label={t('auth.confirmPassword')}
            dependencies={['newPassword']}
            rules={[
              { required: true },
              ({ getFieldValue }) => ({
                validator: (_, value) => (value === getFieldValue('newPassword')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('auth.passwordMismatch')))),
              }),
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        </FormDialog>
      )}
    </>
  )
}

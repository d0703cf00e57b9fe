import { useState } from 'react'
import { Button, Form, Input } from 'antd'
import { KeyOutlined } from '@ant-design/icons'
import type { PasswordChange } from '../../../api/types'
import { FormDialog } from '../../../components/FormDialog'
import { useT } from '../../../lib/i18n'
import { useChangePassword } from '../api/change-password'

type PasswordChangeForm = PasswordChange & { confirmPassword: string }

/** The header's "change password" action and its dialog. */
export function ChangePasswordButton() {
  const t = useT()
  const [open, setOpen] = useState(false)
  const changePassword = useChangePassword()
  return (
    <>
      <Button type="text" icon={<KeyOutlined />} onClick={() => setOpen(true)}>{t('auth.changePassword')}</Button>
      {open && (
        <FormDialog<PasswordChangeForm>
          title={t('auth.changePassword')}
          onSubmit={({ currentPassword, newPassword }) => changePassword.mutateAsync({ currentPassword, newPassword })}
          onClose={() => setOpen(false)}
          successMessage={t('auth.passwordChanged')}
        >
          <Form.Item name="currentPassword" label={t('auth.currentPassword')} rules={[{ required: true }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item name="newPassword" label={t('auth.newPassword')} rules={[{ required: true }, { min: 8 }]}>
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

import { Form, Input, Select } from 'antd'
import { OrgUnitTreeSelect } from '../../../components/OrgUnitTreeSelect'
import { ROLES, roleLabel } from '../../../lib/auth'
import { useT } from '../../../lib/i18n'

export function useRoleOptions() {
  const t = useT()
  return ROLES.map((role) => ({ value: role, label: roleLabel(t, role) }))
}

/** The fields a user's profile shares between creating and editing (roles are granted apart, by the security administrator). */
export function UserProfileFields() {
  const t = useT()
  return (
    <>
      <Form.Item name="displayName" label={t('user.displayName')} rules={[{ required: true }, { max: 50 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="phone" label={t('user.phone')} rules={[{ max: 20 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="orgUnitId" label={t('user.orgUnit')} rules={[{ required: true }]}>
        <OrgUnitTreeSelect />
      </Form.Item>
    </>
  )
}

export function RolesField() {
  const t = useT()
  const roleOptions = useRoleOptions()
  return (
    <Form.Item name="roles" label={t('user.roles')}>
      <Select mode="multiple" options={roleOptions} />
    </Form.Item>
  )
}

export function PasswordField({ name, label }: { name: string; label: string }) {
  const t = useT()
  return (
    <Form.Item name={name} label={label} extra={t('auth.passwordRule')} rules={[{ required: true }, { min: 8 }, { max: 72 }]}>
      <Input.Password autoComplete="new-password" />
    </Form.Item>
  )
}

export function ReasonField() {
  const t = useT()
  return (
    <Form.Item name="reason" label={t('user.reason')} rules={[{ required: true }, { max: 500 }]}>
      <Input.TextArea rows={3} />
    </Form.Item>
  )
}

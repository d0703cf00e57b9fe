import { Card, Descriptions, Tag, Typography } from 'antd'
import { roleLabel, useCurrentUser } from '../../../lib/auth'
import { useT } from '../../../lib/i18n'

export function HomePage() {
  const t = useT()
  const user = useCurrentUser()
  if (!user) return null
  return (
    <Card>
      <Typography.Title level={3}>{t('home.welcome', { name: user.displayName })}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('home.intro')}</Typography.Paragraph>
      <Descriptions
        column={1}
        items={[
          { key: 'username', label: t('user.username'), children: user.username },
          { key: 'orgUnit', label: t('user.orgUnit'), children: user.orgUnitName },
          {
            key: 'roles',
            label: t('user.roles'),
            children: user.roles.map((role) => <Tag key={role} color="blue">{roleLabel(t, role)}</Tag>),
          },
        ]}
      />
    </Card>
  )
}

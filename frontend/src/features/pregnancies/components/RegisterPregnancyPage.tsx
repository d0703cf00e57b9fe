import { useState } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { App, Button, Card, Flex, Form } from 'antd'
import { useShowProblem } from '../../../lib/form-errors'
import { useT } from '../../../lib/i18n'
import { useRegisterPregnancy } from '../api/register-pregnancy'
import { PregnancyFields, toPregnancyWrite, type PregnancyFormValues } from './PregnancyFields'
import { PersonSearchSelect } from '../../../components/register/PersonSearchSelect'

/** 登记孕情 (/pregnancies/new, ?personId= to start with a woman): the registration; then her pregnancy's page. */
export function RegisterPregnancyPage() {
  const t = useT()
  const navigate = useNavigate()
  const { message } = App.useApp()
  const [params] = useSearchParams()
  const [form] = Form.useForm<PregnancyFormValues>()
  const register = useRegisterPregnancy()
  const showProblem = useShowProblem()
  const [saving, setSaving] = useState(false)
  const personId = Number(params.get('personId')) || undefined
  const finish = async (values: PregnancyFormValues) => {
    setSaving(true)
    try {
      const detail = await register.mutateAsync(toPregnancyWrite(values))
      message.success(t('pregnancy.registered'))
      navigate(`/pregnancies/${detail.pregnancy.id}`)
    } catch (error) {
      showProblem(error, form)
      setSaving(false)
    }
  }
  return (
    <Card title={t('pregnancy.register')}>
      <Form<PregnancyFormValues> form={form} layout="vertical" initialValues={{ personId }} onFinish={finish} style={{ maxWidth: 640 }}>
        <Form.Item name="personId" label={t('pregnancy.woman')} rules={[{ required: true }]}>
          <PersonSearchSelect placeholder={t('pregnancy.pickWoman')} sex="FEMALE" accept={(person) => person.alive} />
        </Form.Item>
        <PregnancyFields />
        <Flex gap="small">
          <Button type="primary" htmlType="submit" loading={saving}>{t('pregnancy.register')}</Button>
          <Button onClick={() => navigate(-1)}>{t('common.cancel')}</Button>
        </Flex>
      </Form>
    </Card>
  )
}

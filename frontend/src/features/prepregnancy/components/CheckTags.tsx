import { Space, Tag } from 'antd'
import type { PrepregnancyCheckStatus, CheckRiskLevel } from '../../../api/types'
import { useI18n } from '../../../lib/i18n'
import { useRiskFactors } from '../api/get-risk-factors'
import { RISK_LEVEL_COLORS } from '../../../lib/pregnancy'
import { codeLabel } from '../../../lib/register'

/** The risk level, with the factors' names when it is HIGH. */
export function RiskTags({ level, factors }: { level: CheckRiskLevel; factors: readonly string[] }) {
  const { t, language } = useI18n()
  const dictionary = useRiskFactors()
  const name = (code: string) => {
    const factor = dictionary.data?.find((f) => f.code === code)
    return factor ? (language === 'zh-CN' ? factor.name : factor.nameEn) : code
  }
  return (
    <Space size={4} wrap>
      <Tag color={RISK_LEVEL_COLORS[level]}>{codeLabel(t, 'riskLevel', level)}</Tag>
      {factors.map((code) => <Tag key={code}>{name(code)}</Tag>)}
    </Space>
  )
}

export function CheckStatusTag({ status }: { status: PrepregnancyCheckStatus }) {
  const { t } = useI18n()
  return <Tag color={status === 'VOIDED' ? 'default' : 'blue'}>{codeLabel(t, 'checkStatus', status)}</Tag>
}

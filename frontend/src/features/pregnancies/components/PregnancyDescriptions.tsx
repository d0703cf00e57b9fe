import { Link } from 'react-router'
import { Descriptions, Space, Tag, Tooltip, Typography } from 'antd'
import type { DescriptionsProps } from 'antd'
import type { PregnancyDetail } from '../../../api/types'
import { useOrgUnitNames } from '../../../api/org-unit-tree'
import { IdText } from '../../../components/register/person-columns'
import { useT } from '../../../lib/i18n'
import { RISK_LEVEL_COLORS } from '../../../lib/pregnancy'
import { codeLabel } from '../../../lib/register'
import { gestationText, PregnancyStatusTag, RiskLevelTag, TransferredInTag } from './tags'

type Item = NonNullable<DescriptionsProps['items']>[number]

/** A value with the reason it was set by hand, when there is one. */
function WithReason({ value, reason }: { value: string | number; reason?: string }) {
  return (
    <Space size={4} wrap>
      {value}
      {reason && <Typography.Text type="secondary">（{reason}）</Typography.Text>}
    </Space>
  )
}

/** The pregnancy in words: the woman (linked unless transferred in), status, risks, dates, birth order, outcome and babies. */
export function PregnancyDescriptions({ detail }: { detail: PregnancyDetail }) {
  const t = useT()
  const villages = useOrgUnitNames()
  const { pregnancy, risks, babies } = detail
  const closed = pregnancy.status !== 'ACTIVE'
  const items: (Item | false)[] = [
    {
      key: 'woman',
      label: t('pregnancy.woman'),
      // transferred in: she (and her household, where newborns go) stays in her home village's register
      children: pregnancy.transferredIn
        ? <Space>{pregnancy.womanName}<TransferredInTag /></Space>
        : <Link to={`/persons/${pregnancy.personId}`}>{pregnancy.womanName}</Link>,
    },
    { key: 'idNumber', label: t('person.idNumber'), children: <IdText value={pregnancy.womanIdNumber} /> },
    detail.ageReason != null && { key: 'ageReason', label: t('pregnancy.ageReason'), children: detail.ageReason },
    { key: 'phone', label: t('person.phone'), children: <IdText value={pregnancy.womanPhone} /> },
    { key: 'village', label: t('person.village'), children: villages.get(pregnancy.orgUnitId) ?? '' },
    detail.householdId != null && !pregnancy.transferredIn && {
      key: 'household',
      label: t('person.household'),
      children: <Link to={`/households/${detail.householdId}`}>{t('person.viewHousehold')}</Link>,
    },
    { key: 'status', label: t('pregnancy.status'), children: <PregnancyStatusTag status={pregnancy.status} /> },
    { key: 'riskLevel', label: t('pregnancy.riskLevel'), children: <RiskLevelTag level={pregnancy.riskLevel} /> },
    {
      key: 'riskFactors',
      label: t('pregnancy.riskFactors'),
      children: risks.length === 0 ? t('common.none') : (
        <Space size={4} wrap>
          {risks.map((risk) => (
            <Tooltip key={risk.code} title={`${risk.notedOn}`}>
              <Tag color={RISK_LEVEL_COLORS[risk.level]}>{risk.name}</Tag>
            </Tooltip>
          ))}
        </Space>
      ),
    },
    { key: 'lmp', label: t('pregnancy.lmp'), children: pregnancy.lmp },
    { key: 'edd', label: t('pregnancy.edd'), children: <WithReason value={pregnancy.edd} reason={detail.eddReason} /> },
    {
      key: 'gestation',
      label: t('pregnancy.gestation'),
      children: gestationText(t, { weeks: pregnancy.gestationWeeks, days: pregnancy.gestationDays }),
    },
    { key: 'registeredOn', label: t('pregnancy.registeredOn'), children: pregnancy.registeredOn },
    {
      key: 'birthOrder',
      label: t('pregnancy.birthOrder'),
      children: <WithReason value={pregnancy.birthOrder} reason={detail.birthOrderReason} />,
    },
    closed && detail.outcomeType != null && {
      key: 'outcome',
      label: t('pregnancy.outcome'),
      children: <WithReason value={`${codeLabel(t, 'outcomeType', detail.outcomeType)} ${pregnancy.outcomeDate ?? ''}`} reason={detail.outcomeReason} />,
    },
    detail.outcomePlace != null && { key: 'outcomePlace', label: t('pregnancy.outcomePlace'), children: detail.outcomePlace },
    detail.transferredToId != null && {
      key: 'transferredTo',
      label: t('pregnancy.transferredTo'),
      children: villages.get(detail.transferredToId) ?? `#${detail.transferredToId}`,
    },
    detail.transferredFromId != null && {
      key: 'transferredFrom',
      label: t('pregnancy.transferredFrom'),
      children: <Link to={`/pregnancies/${detail.transferredFromId}`}>{t('pregnancy.viewRecord')}</Link>,
    },
    babies.length > 0 && {
      key: 'babies',
      label: t('pregnancy.babies'),
      span: 'filled',
      children: (
        <Space size="middle" wrap>
          {babies.map((baby) => {
            const text = [
              t('pregnancy.baby', { n: baby.seq }),
              codeLabel(t, 'sex', baby.sex),
              baby.weightGrams != null ? `${baby.weightGrams} g` : '',
              baby.alive ? '' : t('pregnancy.stillborn'),
            ].filter(Boolean).join(' ')
            return baby.personId != null && !pregnancy.transferredIn
              ? <Link key={baby.seq} to={`/persons/${baby.personId}`}>{text}</Link>
              : <span key={baby.seq}>{text}</span>
          })}
        </Space>
      ),
    },
  ]
  return <Descriptions bordered size="small" column={{ xs: 1, sm: 2, lg: 3 }} items={items.filter((item) => item !== false)} />
}

// Registering or editing a person: the person search page, the person detail page and a household's
// "add member" all open this one form.
import { useEffect } from 'react'
import { Col, DatePicker, Form, Input, Radio, Row, Select } from 'antd'
import type { Dayjs } from 'dayjs'
import type { MaritalStatus, PersonDetail, PersonWrite, Relation, ResidenceStatus, Sex } from '../../api/types'
import { useCreatePerson } from '../../api/create-person'
import { useUpdatePerson } from '../../api/update-person'
import { ETHNICITIES } from '../../lib/ethnicities'
import { afterToday, fromIsoDate, todayIso, toIsoDate } from '../../lib/format'
import { useT } from '../../lib/i18n'
import { parseIdNumber } from '../../lib/id-number'
import {
  codeLabel, codeOptions, MARITAL_STATUSES, RELATIONS, RESIDENCE_STATUSES, VILLAGE_LEVEL,
} from '../../lib/register'
import { FormDialog } from '../FormDialog'
import { OrgUnitTreeSelect } from '../OrgUnitTreeSelect'

/** The same patterns the server checks (PersonWrite.phone). */
const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/


/** Marital statuses that have a marriage date. */
const EVER_MARRIED: readonly MaritalStatus[] = ['FIRST_MARRIAGE', 'REMARRIED', 'DIVORCED', 'WIDOWED']

/** A household the new person joins: its id, code (shown) and whether it already has a head. */
export interface HouseholdPreset {
  id: number
  code: string
  hasHead: boolean
}

interface FormValues {
  name: string
  idNumber: string
  birthDate?: string
  sex?: Sex
  ethnicityCode?: string
  phone?: string
  maritalStatus?: MaritalStatus
  marriageDate?: Dayjs
  residenceStatus: ResidenceStatus
  originRegion?: string
  arrivalDate?: Dayjs
  stayUntil?: Dayjs
  destination?: string
  departureDate?: Dayjs
  deathDate?: Dayjs
  orgUnitId?: number
  householdId?: number
  relation?: Relation
}

const blankToUndefined = (text: string | undefined) => (text?.trim() ? text.trim() : undefined)

/**
 * An edit shows the ID number and phone masked, as the person's page does, and sends only what the officer changed:
 * left as shown (or an ID number left empty) they are not sent and the server keeps them; an emptied phone is cleared.
 */
function changedOnly(value: string | undefined, shown: string | undefined): string | undefined {
  const typed = value?.trim() ?? ''
  return typed === (shown ?? '') ? undefined : typed
}

function toWrite(values: FormValues, person?: PersonDetail): PersonWrite {
  const idNumber = values.idNumber?.trim() ?? ''
  return {
    name: values.name.trim(),
    idNumber: person && (idNumber === '' || idNumber === person.idNumber) ? undefined : idNumber,
    birthDate: values.birthDate,
    sex: values.sex,
    ethnicityCode: values.ethnicityCode,
    phone: person ? changedOnly(values.phone, person.phone) : blankToUndefined(values.phone),
    maritalStatus: values.maritalStatus,
    marriageDate: toIsoDate(values.marriageDate),
    residenceStatus: values.residenceStatus,
    originRegion: blankToUndefined(values.originRegion),
    arrivalDate: toIsoDate(values.arrivalDate),
    stayUntil: toIsoDate(values.stayUntil),
    destination: blankToUndefined(values.destination),
    departureDate: toIsoDate(values.departureDate),
    deathDate: toIsoDate(values.deathDate),
    // An edit replaces the record: the parents, set elsewhere, are sent back as they are.
    fatherId: person?.fatherId,
    motherId: person?.motherId,
    orgUnitId: values.orgUnitId,
    householdId: values.householdId,
    relation: values.relation,
  }
}

function toFormValues(person: PersonDetail): FormValues {
  return {
    name: person.name,
    idNumber: person.idNumber ?? '',
    birthDate: person.birthDate,
    sex: person.sex,
    ethnicityCode: person.ethnicityCode,
    phone: person.phone,
    maritalStatus: person.maritalStatus,
    marriageDate: fromIsoDate(person.marriageDate),
    residenceStatus: person.residenceStatus,
    originRegion: person.originRegion,
    arrivalDate: fromIsoDate(person.arrivalDate),
    stayUntil: fromIsoDate(person.stayUntil),
    destination: person.destination,
    departureDate: fromIsoDate(person.departureDate),
    deathDate: fromIsoDate(person.deathDate),
    orgUnitId: person.householdId == null ? person.orgUnitId : undefined,
  }
}


/** Shows the sex code in words; a read-only form control. */
function SexText({ id, value }: { id?: string; value?: Sex }) {
  const t = useT()
  return <Input id={id} readOnly value={codeLabel(t, 'sex', value)} />
}

/** Birth date and sex, filled in from the ID number as it is typed (never typed themselves); an edit's kept number keeps them. */
function DerivedFromIdNumber({ person }: { person?: PersonDetail }) {
  const t = useT()
  const form = Form.useFormInstance<FormValues>()
  const idNumber = Form.useWatch('idNumber', form)
  useEffect(() => {
    if (person && changedOnly(idNumber, person.idNumber) === undefined) {
      form.setFieldsValue({ birthDate: person.birthDate, sex: person.sex })
      return
    }
    const parsed = parseIdNumber(idNumber ?? '', todayIso())
    form.setFieldsValue(parsed.ok ? { birthDate: parsed.birthDate, sex: parsed.sex } : { birthDate: undefined, sex: undefined })
  }, [form, idNumber, person])
  return (
    <>
      <Col xs={24} sm={12}>
        <Form.Item name="birthDate" label={t('person.birthDate')} tooltip={t('person.derivedFromId')}>
          <Input readOnly />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="sex" label={t('person.sex')} tooltip={t('person.derivedFromId')}>
          <SexText />
        </Form.Item>
      </Col>
    </>
  )
}

/** The fields a residence status brings: where from and how long (in), where to and since when (out). */
function ResidenceFields() {
  const t = useT()
  const status = Form.useWatch<ResidenceStatus | undefined>('residenceStatus')
  if (status === 'FLOATING_IN') {
    return (
      <>
        <Col xs={24} sm={12}>
          <Form.Item name="originRegion" label={t('person.originRegion')} rules={[{ max: 100 }]} preserve={false}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} sm={6}>
          <Form.Item name="arrivalDate" label={t('person.arrivalDate')} preserve={false}>
            <DatePicker disabledDate={afterToday} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={6}>
          <Form.Item name="stayUntil" label={t('person.stayUntil')} preserve={false}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </>
    )
  }
  if (status === 'FLOATING_OUT') {
    return (
      <>
        <Col xs={24} sm={12}>
          <Form.Item name="destination" label={t('person.destination')} rules={[{ max: 100 }]} preserve={false}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="departureDate" label={t('person.departureDate')} preserve={false}>
            <DatePicker disabledDate={afterToday} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </>
    )
  }
  return null
}

function MarriageDateField() {
  const t = useT()
  const status = Form.useWatch<MaritalStatus | undefined>('maritalStatus')
  if (!status || !EVER_MARRIED.includes(status)) return null
  return (
    <Form.Item name="marriageDate" label={t('person.marriageDate')} preserve={false}>
      <DatePicker disabledDate={afterToday} style={{ width: '100%' }} />
    </Form.Item>
  )
}

/** Where a person belongs: a preset household (with the relation to its head), or a village. */
function PlacementFields({ household, needsVillage }: { household?: HouseholdPreset; needsVillage: boolean }) {
  const t = useT()
  if (household) {
    return (
      <>
        <Col xs={24} sm={12}>
          <Form.Item label={t('person.household')} htmlFor="householdCode">
            <Input id="householdCode" readOnly value={household.code} />
          </Form.Item>
          <Form.Item name="householdId" hidden><Input /></Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="relation" label={t('person.relation')} rules={[{ required: true }]}>
            <Select options={codeOptions(t, 'relation', household.hasHead ? RELATIONS.filter((r) => r !== 'HEAD') : RELATIONS)} />
          </Form.Item>
        </Col>
      </>
    )
  }
  if (!needsVillage) return null
  return (
    <Col xs={24} sm={12}>
      <Form.Item name="orgUnitId" label={t('person.village')} rules={[{ required: true }]}>
        <OrgUnitTreeSelect levels={VILLAGE_LEVEL} pickTheOnlyOne />
      </Form.Item>
    </Col>
  )
}

interface FieldsProps {
  household?: HouseholdPreset
  needsVillage: boolean
  /** The person being edited: the masked ID number and phone shown stand for the stored ones. */
  person?: PersonDetail
}

function PersonFields({ household, needsVillage, person }: FieldsProps) {
  const t = useT()
  const idNumberRule = {
    validator: async (_: unknown, value: string | undefined) => {
      if (!value?.trim() || (person && changedOnly(value, person.idNumber) === undefined)) return
      const parsed = parseIdNumber(value, todayIso())
      if (!parsed.ok) throw new Error(t(`idNumber.${parsed.problem}`))
    },
  }
  return (
    <Row gutter={16}>
      <Col xs={24} sm={12}>
        <Form.Item name="name" label={t('person.name')} rules={[{ required: true, whitespace: true }, { max: 50 }]}>
          <Input />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item
          name="idNumber"
          label={t('person.idNumber')}
          rules={[{ required: !person, whitespace: true }, idNumberRule]}
          extra={person && t('person.keptUnlessChanged')}
        >
          <Input maxLength={18} autoComplete="off" />
        </Form.Item>
      </Col>
      <DerivedFromIdNumber person={person} />
      <Col xs={24} sm={12}>
        <Form.Item name="ethnicityCode" label={t('person.ethnicity')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={ETHNICITIES.map(({ code, name }) => ({ value: code, label: name }))}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item
          name="phone"
          label={t('person.phone')}
          rules={[{
            validator: async (_: unknown, value: string | undefined) => {
              const typed = person ? changedOnly(value, person.phone) : value?.trim()
              if (typed && !PHONE.test(typed)) throw new Error(t('person.phoneInvalid'))
            },
          }]}
          extra={person?.phone && t('person.phoneKeptUnlessChanged')}
        >
          <Input autoComplete="off" />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item name="maritalStatus" label={t('person.maritalStatus')}>
          <Select allowClear options={codeOptions(t, 'marital', MARITAL_STATUSES)} />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <MarriageDateField />
      </Col>
      <PlacementFields household={household} needsVillage={needsVillage} />
      <Col span={24}>
        <Form.Item name="residenceStatus" label={t('person.residenceStatus')} rules={[{ required: true }]}>
          <Radio.Group options={codeOptions(t, 'residence', RESIDENCE_STATUSES)} optionType="button" />
        </Form.Item>
      </Col>
      <ResidenceFields />
      <Col xs={24} sm={12}>
        <Form.Item name="deathDate" label={t('person.deathDate')}>
          <DatePicker disabledDate={afterToday} style={{ width: '100%' }} />
        </Form.Item>
      </Col>
    </Row>
  )
}

interface CreateProps {
  /** The household the person joins (its "add member"); without one the person is placed in a village. */
  household?: HouseholdPreset
  onClose: () => void
  onSaved?: (person: PersonDetail) => void
}

export function CreatePersonDialog({ household, onClose, onSaved }: CreateProps) {
  const t = useT()
  const create = useCreatePerson()
  return (
    <FormDialog<FormValues>
      title={household ? t('person.createIn', { code: household.code }) : t('person.create')}
      width={760}
      initialValues={{
        residenceStatus: 'REGISTERED',
        ethnicityCode: '01',
        householdId: household?.id,
        relation: household && !household.hasHead ? 'HEAD' : undefined,
      }}
      onSubmit={async (values) => {
        const person = await create.mutateAsync(toWrite(values))
        onSaved?.(person)
      }}
      onClose={onClose}
      successMessage={t('common.saved')}
    >
      <PersonFields household={household} needsVillage />
    </FormDialog>
  )
}

interface EditProps {
  person: PersonDetail
  onClose: () => void
}

/**
 * Edits a person. The ID number and phone are shown masked and sent only when changed (the server keeps what is left
 * out), so an edit reads no full identifiers.
 */
export function EditPersonDialog({ person, onClose }: EditProps) {
  const t = useT()
  const update = useUpdatePerson()
  return (
    <FormDialog<FormValues>
      title={t('person.editNamed', { name: person.name })}
      width={760}
      initialValues={toFormValues(person)}
      onSubmit={(values) => update.mutateAsync({ person, update: toWrite(values, person) })}
      onClose={onClose}
      successMessage={t('common.saved')}
    >
      <PersonFields needsVillage={person.householdId == null} person={person} />
    </FormDialog>
  )
}

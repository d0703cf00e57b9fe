// Applications as the API sends them, for the tests of this feature.
import type { BirthRegistrationDetail, BirthRegistrationView } from '../../../api/types'

export function birthDetail(patch: Partial<BirthRegistrationDetail> = {}): BirthRegistrationDetail {
  return {
    id: 1005, kind: 'REGISTRATION', status: 'SUBMITTED', channel: 'OFFICE', childOrder: 2, marriageDate: '2012-10-01',
    submittedOn: '2018-02-12', dueOn: '2018-02-24', deadline: 'ON_TIME', orgUnitId: 5, villageName: '黑林村', townId: 4,
    townName: '文昌镇',
    father: { id: 1202, name: '马建国', idNumber: '640502********1213', birthDate: '1988-05-02', ethnicity: '回族', orgUnitId: 5 },
    mother: { id: 1203, name: '马秀英', idNumber: '640502********1226', birthDate: '1990-03-07', ethnicity: '回族', orgUnitId: 5 },
    childrenInRegister: 1,
    steps: [{ action: 'SUBMIT', toStatus: 'SUBMITTED', actor: 'village', occurredAt: '2018-02-12T09:30:00+08:00' }],
    actions: [],
    version: 3,
    ...patch,
  }
}

export function birthView(patch: Partial<BirthRegistrationView> = {}): BirthRegistrationView {
  return {
    id: 1005, kind: 'REGISTRATION', status: 'SUBMITTED', channel: 'OFFICE', childOrder: 2, orgUnitId: 5,
    motherId: 1203, motherName: '马秀英', motherIdNumber: '640502********1226',
    fatherId: 1202, fatherName: '马建国', fatherIdNumber: '640502********1213',
    marriageDate: '2012-10-01', submittedOn: '2018-02-12', dueOn: '2018-02-24', deadline: 'DUE_SOON', version: 3,
    ...patch,
  }
}

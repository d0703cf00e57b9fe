import { describe, expect, it } from 'vitest'
import { screen } from '@testing-library/react'
import { json, renderApp, signInAs, stubFetch } from '../../../test/render'
import { pregnancyDetail } from '../../../test/pregnancy-fixtures'
import { TOWN_TREE } from '../../../test/register-fixtures'
import { PregnancyDescriptions } from './PregnancyDescriptions'

describe('PregnancyDescriptions', () => {
  it('links the woman and her household of the register', async () => {
    signInAs(['VILLAGE_WORKER'])
    stubFetch(() => json(TOWN_TREE))
    renderApp(<PregnancyDescriptions detail={pregnancyDetail()} />)
    expect((await screen.findByRole('link', { name: '马秀英' })).getAttribute('href')).toBe('/persons/1203')
    expect(screen.getByRole('link', { name: '查看所属户' })).toBeTruthy()
  })

  it('names a woman transferred in without links: she stays in her home village\'s register', async () => {
    signInAs(['VILLAGE_WORKER'])
    stubFetch(() => json(TOWN_TREE))
    renderApp(<PregnancyDescriptions detail={pregnancyDetail({ transferredIn: true })} />)
    expect(await screen.findByText('马秀英')).toBeTruthy()
    expect(screen.getByText('转入')).toBeTruthy()
    expect(screen.queryByRole('link')).toBeNull()
  })

  it('shows why a pregnancy at a rare age is real, when the registration gave a reason', async () => {
    signInAs(['TOWN_OFFICER'])
    stubFetch(() => json(TOWN_TREE))
    renderApp(<PregnancyDescriptions detail={{ ...pregnancyDetail(), ageReason: '辅助生殖，已在区医院建档' }} />)
    expect(await screen.findByText('辅助生殖，已在区医院建档')).toBeTruthy()
    expect(screen.getByText('年龄说明')).toBeTruthy()
  })
})

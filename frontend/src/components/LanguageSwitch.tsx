import { Segmented } from 'antd'
import { useI18n, type Language } from '../lib/i18n'

const OPTIONS: { value: Language; label: string }[] = [
  { value: 'zh-CN', label: '中文' },
  { value: 'en-US', label: 'English' },
]

export function LanguageSwitch() {
  const { language, setLanguage } = useI18n()
  return <Segmented size="small" options={OPTIONS} value={language} onChange={setLanguage} />
}

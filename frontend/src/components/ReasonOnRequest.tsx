// A reason the server asks for only in rare cases (an unusual age, an early live birth, a child order that differs):
// the field stays hidden, yet registered with the form, so that the server's field error lands on it and shows it.
import { useEffect, useState, type ReactNode } from 'react'
import { Form, Input, type InputProps } from 'antd'

interface Props {
  name: string
  label: ReactNode
  /** Show it anyway (the form knows the case itself). */
  shown?: boolean
  extra?: ReactNode
}

/** The input, which tells when an error lands on its field (the server asked for it). */
function ReasonInput({ onAsked, ...input }: InputProps & { onAsked: (asked: boolean) => void }) {
  const { errors } = Form.Item.useStatus()
  useEffect(() => {
    if (errors.length > 0) onAsked(true)
  }, [errors.length, onAsked])
  return <Input {...input} />
}

export function ReasonOnRequest({ name, label, shown, extra }: Props) {
  const value = Form.useWatch<string | undefined>(name)
  const [asked, setAsked] = useState(false)
  return (
    <Form.Item name={name} label={label} extra={extra} hidden={!(shown || asked || value)} rules={[{ max: 500 }]}>
      <ReasonInput onAsked={setAsked} />
    </Form.Item>
  )
}
